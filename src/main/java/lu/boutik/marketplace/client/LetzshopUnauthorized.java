package lu.boutik.marketplace.client;

/**
 * Letzshop refused the API key: it is wrong, revoked, or lacks the shop-manager rights that orders need.
 */
public final class LetzshopUnauthorized extends LetzshopFailure {

	LetzshopUnauthorized(int status) {
		super("Letzshop refused the API key (HTTP " + status + ")");
	}
}
