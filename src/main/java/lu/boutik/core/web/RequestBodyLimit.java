package lu.boutik.core.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every request body but file uploads to the routes listed in {@code boutik.http.upload-paths}, which have their
 * own, larger multipart limits. A declared length over the cap is refused before reading; a chunked body is cut off
 * when it passes the cap. Elsewhere a multipart body is held to the same cap as any other.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit extends OncePerRequestFilter {

	private final long maxBytes;
	private final Set<String> uploadPaths;

	RequestBodyLimit(@Value("${boutik.http.max-body-size:1MB}") DataSize maxBytes,
			@Value("${boutik.http.upload-paths:}") List<String> uploadPaths) {

		this.maxBytes = maxBytes.toBytes();
		this.uploadPaths = Set.copyOf(uploadPaths);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {

		var type = request.getContentType();
		if (type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
				&& uploadPaths.contains(request.getServletPath())) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > maxBytes) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write("{\"type\":\"" + Problem.TYPE_BASE + "payload-too-large\","
					+ "\"title\":\"Payload too large\",\"status\":413,"
					+ "\"detail\":\"The request body may have at most " + maxBytes + " bytes.\"}");
			return;
		}
		chain.doFilter(new Capped(request, maxBytes), response);
	}

	/** Reads at most the cap; past it, reading fails and the request ends as a malformed body. */
	private static final class Capped extends HttpServletRequestWrapper {

		private final long maxBytes;

		Capped(HttpServletRequest request, long maxBytes) {

			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {

			var delegate = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {

					var value = delegate.read();
					if (value >= 0 && ++read > maxBytes) {
						throw new IOException("request body over " + maxBytes + " bytes");
					}
					return value;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {

					var count = delegate.read(buffer, offset, length);
					if (count > 0 && (read += count) > maxBytes) {
						throw new IOException("request body over " + maxBytes + " bytes");
					}
					return count;
				}

				@Override
				public boolean isFinished() {
					return delegate.isFinished();
				}

				@Override
				public boolean isReady() {
					return delegate.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					delegate.setReadListener(listener);
				}
			};
		}
	}
}
