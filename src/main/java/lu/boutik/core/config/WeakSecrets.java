package lu.boutik.core.config;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises secrets and passwords that look set but protect nothing: placeholders copied from an example file,
 * well-known defaults, and values made of one repeated pattern.
 * <p>
 * These are heuristics against mistakes, not a strength meter: a value that passes is not thereby random.
 */
final class WeakSecrets {

	static final int MINIMUM_SIGNING_KEY_BYTES = 32;

	static final int MINIMUM_PASSWORD_LENGTH = 12;

	/**
	 * Words that turn up in example configurations, matched anywhere in the letters and digits of a value; six
	 * letters or more, so that a random key contains one by chance about once in a million.
	 */
	private static final Set<String> PLACEHOLDER_WORDS = Set.of("changeme", "changethis", "replaceme", "yoursecret",
			"secretkey", "jwtsecret", "mysecret", "placeholder", "example", "default", "insecure", "notasecret",
			"supersecret", "topsecret", "password", "sample");

	/** Short placeholders, matched on the whole value. */
	private static final Set<String> PLACEHOLDERS = Set.of("secret", "test", "jwt", "key", "token", "admin", "dev",
			"development", "prod", "production", "boutik", "qwerty", "letmein", "abc123", "null", "none", "empty",
			"dummy", "fixme");

	/** Passwords that are, once digits and symbols around them are dropped, a word everybody tries first. */
	private static final Set<String> DEFAULT_PASSWORDS = Set.of("admin", "administrator", "superadmin", "root",
			"password", "passwort", "motdepasse", "changeme", "letmein", "welcome", "secret", "boutik", "default",
			"test", "guest", "user", "login", "master", "iloveyou", "monkey", "dragon", "qwerty", "azerty", "qwertz");

	/** Fragments that make any password guessable, wherever they stand in it. */
	private static final Set<String> GUESSABLE_FRAGMENTS = Set.of("password", "passwort", "motdepasse", "changeme",
			"qwerty", "azerty", "qwertz", "asdfgh", "letmein", "123456");

	private WeakSecrets() {
	}

	/** Explains why a signing secret is unfit, if it is. */
	static Optional<String> signingKeyWeakness(String value) {

		if (value.isBlank()) {
			return Optional.of("is not set");
		}
		if (isPlaceholder(value)) {
			return Optional.of("is a known placeholder");
		}
		if (isPatterned(value, 8)) {
			return Optional.of("is a repeated or sequential pattern, not random data");
		}
		if (value.getBytes(StandardCharsets.UTF_8).length < MINIMUM_SIGNING_KEY_BYTES) {
			return Optional.of("is shorter than " + MINIMUM_SIGNING_KEY_BYTES + " bytes");
		}
		return Optional.empty();
	}

	/** Explains why a password is unfit, if it is; {@code account} is the identifier it belongs to, or blank. */
	static Optional<String> passwordWeakness(String password, String account) {

		var lower = password.toLowerCase(Locale.ROOT);
		if (DEFAULT_PASSWORDS.contains(core(lower)) || GUESSABLE_FRAGMENTS.stream().anyMatch(lower::contains)) {
			return Optional.of("is a well-known default password");
		}
		var name = localPart(account.toLowerCase(Locale.ROOT));
		if (name.length() >= 4 && lower.contains(name)) {
			return Optional.of("contains the account's own name");
		}
		if (password.length() < MINIMUM_PASSWORD_LENGTH) {
			return Optional.of("is shorter than " + MINIMUM_PASSWORD_LENGTH + " characters");
		}
		if (isPatterned(password, 5)) {
			return Optional.of("is a repeated or sequential pattern");
		}
		if (core(lower).isEmpty()) {
			return Optional.of("has no letters");
		}
		return Optional.empty();
	}

	static boolean isPlaceholder(String value) {

		var letters = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		return PLACEHOLDERS.contains(letters) || PLACEHOLDER_WORDS.stream().anyMatch(letters::contains);
	}

	/**
	 * Whether a value is a run of one short unit ({@code aaaa}, {@code abab}), a counting sequence ({@code abcdef},
	 * {@code 123456789012}), or uses fewer than {@code minimumDistinct} different characters.
	 */
	static boolean isPatterned(String value, int minimumDistinct) {
		return isPeriodic(value) || isSequential(value) || value.chars().distinct().count() < minimumDistinct;
	}

	private static boolean isPeriodic(String value) {

		for (int period = 1; period <= value.length() / 2; period++) {
			if (value.substring(period).equals(value.substring(0, value.length() - period))) {
				return true;
			}
		}
		return false;
	}

	/** At least four in five neighbouring characters step by one, up or down. */
	private static boolean isSequential(String value) {

		if (value.length() < 3) {
			return false;
		}

		var steps = 0;
		for (int i = 1; i < value.length(); i++) {
			steps += Math.abs(value.charAt(i) - value.charAt(i - 1)) == 1 ? 1 : 0;
		}
		return steps * 5 >= (value.length() - 1) * 4;
	}

	/** The letters of a password once digits and symbols around them are dropped and look-alike digits read back. */
	private static String core(String lower) {

		var trimmed = lower.replaceAll("^[^a-z]+|[^a-z]+$", "");
		return trimmed.replace('@', 'a').replace('4', 'a').replace('0', 'o').replace('1', 'i').replace('3', 'e')
				.replace('$', 's').replace('5', 's').replace('7', 't').replaceAll("[^a-z]", "");
	}

	private static String localPart(String account) {

		var at = account.indexOf('@');
		return at > 0 ? account.substring(0, at) : account;
	}
}
