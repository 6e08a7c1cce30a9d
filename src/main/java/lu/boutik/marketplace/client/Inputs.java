package lu.boutik.marketplace.client;

/**
 * Checks on free-form values before they become variables. Their content is never part of a document, so these
 * checks bound size and refuse control characters; they are not what keeps a value out of the document.
 */
final class Inputs {

	private Inputs() {
	}

	static String requireId(String field, String value) {
		return require(field, value, 256);
	}

	static String requireText(String field, String value, int maxLength) {
		return require(field, value, maxLength);
	}

	private static String require(String field, String value, int maxLength) {

		if (value.isBlank() || value.length() > maxLength || value.chars().anyMatch(Character::isISOControl)) {
			throw new LetzshopRefused(field + " must be 1 to " + maxLength + " characters without control characters");
		}
		return value;
	}
}
