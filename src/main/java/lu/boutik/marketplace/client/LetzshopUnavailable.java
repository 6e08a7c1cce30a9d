package lu.boutik.marketplace.client;

/**
 * Letzshop could not be reached, answered too slowly, or answered with a server error or a rate limit.
 */
public final class LetzshopUnavailable extends LetzshopFailure {

	LetzshopUnavailable(String message, Throwable cause) {
		super(message, cause);
	}

	LetzshopUnavailable(String message) {
		super(message);
	}

	@Override
	public boolean isTransient() {
		return true;
	}
}
