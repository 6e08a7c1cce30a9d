package lu.boutik.marketplace.client;

/**
 * The request was never sent: the endpoint is not one Boutik may reach, or an input failed validation.
 */
public final class LetzshopRefused extends LetzshopFailure {

	LetzshopRefused(String message, Throwable cause) {
		super(message, cause);
	}

	LetzshopRefused(String message) {
		super(message);
	}
}
