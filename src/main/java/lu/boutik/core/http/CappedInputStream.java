package lu.boutik.core.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Lets through at most a number of bytes and fails on the first byte beyond, telling its owner so that a reader
 * swallowing the exception cannot pass a truncated body off as whole.
 */
final class CappedInputStream extends FilterInputStream {

	private final long max;

	private final Runnable onExceeded;

	private long count;

	CappedInputStream(InputStream in, long max, Runnable onExceeded) {
		super(in);
		this.max = max;
		this.onExceeded = onExceeded;
	}

	@Override
	public int read() throws IOException {

		var b = super.read();
		if (b >= 0) {
			counted(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {

		// Asking for one byte more than the cap allows is how the overflow shows without reading further.
		var allowed = (int) Math.min(length, max - count + 1);
		var n = super.read(buffer, offset, allowed);
		if (n > 0) {
			counted(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {

		var skipped = super.skip(Math.min(n, max - count + 1));
		counted(skipped);
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	@Override
	public synchronized void mark(int readlimit) {
	}

	@Override
	public synchronized void reset() throws IOException {
		throw new IOException("mark/reset not supported");
	}

	private void counted(long n) throws BodyTooLarge {

		count += n;
		if (count > max) {
			onExceeded.run();
			throw new BodyTooLarge(max);
		}
	}

	static final class BodyTooLarge extends IOException {

		private static final long serialVersionUID = 1L;

		BodyTooLarge(long max) {
			super("The body is larger than " + max + " bytes.");
		}
	}
}
