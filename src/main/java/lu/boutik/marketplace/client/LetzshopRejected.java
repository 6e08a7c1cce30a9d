package lu.boutik.marketplace.client;

import java.util.List;

/**
 * Letzshop understood the request and refused it: GraphQL {@code errors}, a user error of a mutation, or a client
 * error status. Retrying the same request gives the same answer.
 */
public final class LetzshopRejected extends LetzshopFailure {

	private final List<String> errors;

	LetzshopRejected(List<String> errors) {

		super("Letzshop rejected the request: " + String.join("; ", errors));

		this.errors = List.copyOf(errors);
	}

	public List<String> errors() {
		return errors;
	}
}
