package lu.boutik.core.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A failure that a client caused or must know of, answered as an RFC 9457 problem with a stable type.
 * <p>
 * The type is a URI under {@value #TYPE_BASE}; clients branch on it, never on the title or detail.
 */
public class Problem extends RuntimeException {

	public static final String TYPE_BASE = "https://boutik.lu/problems/";

	private final HttpStatus status;
	private final String type;
	private final String title;
	private final Map<String, Object> properties = new LinkedHashMap<>();
	private final Map<String, String> headers = new LinkedHashMap<>();

	public Problem(HttpStatus status, String type, String title, String detail) {

		super(detail, null, false, false);

		this.status = status;
		this.type = type;
		this.title = title;
	}

	public static Problem notFound(String what) {
		return new Problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "No such " + what + ".");
	}

	public static Problem invalidField(String field, String expected) {
		return new Problem(HttpStatus.BAD_REQUEST, "invalid-field", "Invalid field", field + ": expected " + expected)
				.with("errors", java.util.List.of(Map.of("field", field, "expected", expected)));
	}

	public static Problem conflict(String type, String detail) {
		return new Problem(HttpStatus.CONFLICT, type, "Conflict", detail);
	}

	public static Problem foreignTenant() {
		return new Problem(HttpStatus.FORBIDDEN, "foreign-tenant", "Foreign tenant",
				"The credentials belong to another tenant.");
	}

	public Problem with(String name, Object value) {
		properties.put(name, value);
		return this;
	}

	/** Adds a response header, such as {@code Retry-After}, to the answer of this problem. */
	public Problem withHeader(String name, String value) {
		headers.put(name, value);
		return this;
	}

	public Map<String, String> headers() {
		return Map.copyOf(headers);
	}

	public HttpStatus status() {
		return status;
	}

	public ProblemDetail toProblemDetail() {

		var detail = ProblemDetail.forStatusAndDetail(status, getMessage());
		detail.setType(type(type));
		detail.setTitle(title);
		properties.forEach(detail::setProperty);
		return detail;
	}

	public static URI type(String slug) {
		return URI.create(TYPE_BASE + slug);
	}
}
