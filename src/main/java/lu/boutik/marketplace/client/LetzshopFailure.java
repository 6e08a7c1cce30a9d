package lu.boutik.marketplace.client;

/**
 * Letzshop did not do what was asked. Subtypes say why; only {@link LetzshopUnavailable} is worth retrying.
 */
public abstract sealed class LetzshopFailure extends RuntimeException
		permits LetzshopUnavailable, LetzshopRejected, LetzshopUnauthorized, LetzshopRefused {

	LetzshopFailure(String message, Throwable cause) {
		super(message, cause);
	}

	LetzshopFailure(String message) {
		super(message);
	}

	/** Whether the same request may succeed later unchanged. */
	public boolean isTransient() {
		return false;
	}
}
