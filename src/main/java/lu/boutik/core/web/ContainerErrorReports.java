package lu.boutik.core.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Answers the requests that Tomcat refuses before any filter runs (a NUL or an encoded slash in the path, an
 * oversized header) as problems with the same security headers as every other answer, in place of Tomcat's HTML page.
 */
@Component
class ContainerErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemValve.class.getName());
			}
		});
	}

	/** Tomcat builds it by name, so it must be public with a public constructor. */
	public static class ProblemValve extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable failure) {

			var code = response.getStatus();
			if (code < 400 || response.isCommitted() || response.getContentWritten() > 0) {
				return;
			}
			var status = HttpStatus.resolve(code);
			var title = status == null ? "Error" : status.getReasonPhrase();
			var type = code == 400 ? "bad-request" : code == 404 ? "no-such-route" : code >= 500 ? "internal-error"
					: "request-failed";
			try {
				response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
				response.setHeader("X-Content-Type-Options", "nosniff");
				response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				var writer = response.getReporter();
				if (writer != null) {
					writer.write("{\"type\":\"" + Problem.TYPE_BASE + type + "\",\"title\":\"" + title
							+ "\",\"status\":" + code + "}");
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException exception) {
				// The client is gone or the answer is under way; there is nothing left to tell it.
			}
		}
	}
}
