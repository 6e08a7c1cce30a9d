package lu.boutik.core.files;

/**
 * A file that was refused because it is larger than the caller allowed; nothing of it is kept.
 */
public final class FileTooLarge extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final long maxBytes;

	FileTooLarge(long maxBytes) {

		super("The file is larger than " + maxBytes + " bytes.", null, false, false);
		this.maxBytes = maxBytes;
	}

	public long maxBytes() {
		return maxBytes;
	}
}
