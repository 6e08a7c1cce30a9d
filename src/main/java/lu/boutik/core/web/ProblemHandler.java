package lu.boutik.core.web;

import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers every failure of a controller as a problem with a stable type. Nothing of the exception (class, message of a
 * library, stack) reaches the client; unexpected failures are logged with an id that the client sees.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

	private static final Map<Class<? extends Exception>, String> TYPES = Map.of(
			NoResourceFoundException.class, "no-such-route",
			HttpRequestMethodNotSupportedException.class, "method-not-allowed",
			HttpMediaTypeNotSupportedException.class, "unsupported-media-type",
			HttpMediaTypeNotAcceptableException.class, "not-acceptable",
			HttpMessageNotReadableException.class, "malformed-body",
			MissingServletRequestParameterException.class, "missing-parameter",
			MissingServletRequestPartException.class, "missing-part",
			MaxUploadSizeExceededException.class, "payload-too-large",
			HandlerMethodValidationException.class, "invalid-fields",
			MethodArgumentNotValidException.class, "invalid-fields");

	/** SQL states of text the database cannot hold: character not in repertoire, untranslatable character. */
	private static final Set<String> UNSTORABLE_TEXT = Set.of("22021", "22P05");

	@ExceptionHandler(Problem.class)
	ResponseEntity<ProblemDetail> problem(Problem problem) {
		var response = ResponseEntity.status(problem.status());
		problem.headers().forEach((name, value) -> response.header(name, value));
		return response.body(problem.toProblemDetail());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied() {

		var detail = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "These credentials may not do this.");
		detail.setType(Problem.type("forbidden"));
		detail.setTitle("Forbidden");
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(detail);
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> malformedMultipart() {

		var detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The multipart body cannot be read.");
		detail.setType(Problem.type("malformed-body"));
		detail.setTitle("Malformed body");
		return ResponseEntity.badRequest().body(detail);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException exception) {

		var expected = exception.getRequiredType() == null ? "another value"
				: "a value of type " + exception.getRequiredType().getSimpleName();
		var problem = Problem.invalidField(exception.getName(), expected);
		return problem(problem);
	}

	/**
	 * PostgreSQL refuses text it cannot store, such as a NUL character, wherever a request carried it: that is the
	 * client's input, not a failure of the platform.
	 */
	@ExceptionHandler(DataAccessException.class)
	ResponseEntity<ProblemDetail> unstorable(DataAccessException exception) {

		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && UNSTORABLE_TEXT.contains(sql.getSQLState())) {
				var detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
						"The request holds characters that text may not contain, such as NUL.");
				detail.setType(Problem.type("invalid-characters"));
				detail.setTitle("Invalid characters");
				return ResponseEntity.badRequest().body(detail);
			}
		}
		return unexpected(exception);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception exception) {

		var errorId = java.util.UUID.randomUUID();
		LOG.error("Request failed unexpectedly, error id {}.", errorId, exception);

		var detail = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"An unexpected error occurred; it has been logged.");
		detail.setType(Problem.type("internal-error"));
		detail.setTitle("Internal error");
		detail.setProperty("error_id", errorId.toString());
		return ResponseEntity.internalServerError().body(detail);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {

		var errors = exception.getBindingResult().getFieldErrors().stream()
				.map(error -> Map.of("field", snakeCase(error.getField()),
						"expected", error.isBindingFailure() ? "a value of the field's type"
								: String.valueOf(error.getDefaultMessage())))
				.toList();

		var detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are missing or invalid.");
		detail.setType(Problem.type("invalid-fields"));
		detail.setTitle("Invalid fields");
		detail.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(detail);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {

		var detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is not valid JSON of the expected shape.");
		detail.setType(Problem.type("malformed-body"));
		detail.setTitle("Malformed body");
		return ResponseEntity.badRequest().body(detail);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception exception, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {

		var response = super.handleExceptionInternal(exception, body, headers, status, request);
		if (response != null && response.getBody() instanceof ProblemDetail detail) {
			detail.setType(Problem.type(TYPES.getOrDefault(exception.getClass(), "request-failed")));
			detail.setInstance(null);
			// Framework details repeat parts of the request (its content type, its method); say the rule instead.
			detail.setDetail(switch (exception) {
				case NoResourceFoundException missing -> "There is nothing at this address.";
				case HttpRequestMethodNotSupportedException method -> "This address does not take this method.";
				case HttpMediaTypeNotSupportedException type -> "This address does not take this content type.";
				case HttpMediaTypeNotAcceptableException type -> "This address cannot answer in the types accepted.";
				default -> detail.getDetail();
			});
		}
		return response;
	}

	/** A field's name as clients write it. */
	private static String snakeCase(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
	}
}
