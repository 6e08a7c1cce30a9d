package lu.boutik.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lu.boutik.core.web.Problem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers refused authentication and authorization as problems, like every other API error.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper json;
	private final SecurityEvents events;

	ProblemResponses(JsonMapper json, SecurityEvents events) {

		this.json = json;
		this.events = events;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {

		events.unauthenticated(request);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		write(response, new Problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
				"A valid access token of this realm is required."));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {

		events.permissionDenied(request);
		write(response, new Problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
				"These credentials may not do this."));
	}

	void write(HttpServletResponse response, Problem problem) throws IOException {

		response.setStatus(problem.status().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem.toProblemDetail());
	}
}
