package lu.boutik.core.http;

import org.jspecify.annotations.Nullable;

/**
 * A fetch that was allowed but did not succeed: the host could not be resolved or reached, the exchange took longer
 * or answered more than its {@link Limits} allow, or a {@link BodyReader} judged the answer unusable. The message is
 * a sentence that may be shown to a merchant; the cause, if any, is for the log only.
 */
public final class OutboundFailed extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public OutboundFailed(String reason) {
		this(reason, null);
	}

	public OutboundFailed(String reason, @Nullable Throwable cause) {
		super(reason, cause);
	}

	/** What went wrong, in a sentence fit to show a merchant. */
	public String reason() {
		return getMessage();
	}
}
