package lu.boutik.core.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers errors raised outside controllers (filters, the container) as problems, in place of Boot's error page.
 */
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {

		var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		var status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		if (status == null) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}

		var detail = ProblemDetail.forStatus(status);
		detail.setType(Problem.type(switch (status) {
			case NOT_FOUND -> "no-such-route";
			case BAD_REQUEST -> "bad-request";
			case PAYLOAD_TOO_LARGE -> "payload-too-large";
			case UNAUTHORIZED -> "unauthenticated";
			case FORBIDDEN -> "forbidden";
			default -> status.is5xxServerError() ? "internal-error" : "request-failed";
		}));
		detail.setTitle(status.getReasonPhrase());
		return ResponseEntity.status(status).body(detail);
	}
}
