package lu.boutik.core.http;

/**
 * A fetch the guard would not make: its scheme, host, port or addresses are not allowed, or it redirected too often.
 * The message names the rule in a sentence that may be shown to a merchant; it never contains the path or query of
 * the address, which may carry secrets.
 */
public final class OutboundRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public OutboundRefused(String reason) {
		super(reason, null, false, false);
	}

	/** The rule that refused the fetch, in a sentence fit to show a merchant. */
	public String reason() {
		return getMessage();
	}
}
