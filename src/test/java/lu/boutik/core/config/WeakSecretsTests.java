package lu.boutik.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import lu.boutik.core.SecureCodes;

class WeakSecretsTests {

	@ParameterizedTest
	@ValueSource(strings = { "changeme", "secret", "your-secret-key", "YOUR_SECRET_KEY_CHANGE_ME_IN_PRODUCTION_2024",
			"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "abcabcabcabcabcabcabcabcabcabcabcabc",
			"0123456789abcdefghijklmnopqrstuvwxyz", "jwt-secret-for-local-development-only!!" })
	void refusesPlaceholderAndPatternedSigningKeys(String value) {
		assertThat(WeakSecrets.signingKeyWeakness(value)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Zq3vN8xKp2LmR7tYw4BcF9hJd6GsE1uA", "k9#Lm2$pQ8!vX4&wR7*tY1@zB5^cN3%f" })
	void refusesSigningKeysShorterThan32Bytes(String value) {
		assertThat(WeakSecrets.signingKeyWeakness(value.substring(0, 31))).contains("is shorter than 32 bytes");
	}

	@Test
	void acceptsRandomSigningKeys() {
		for (int i = 0; i < 100; i++) {
			assertThat(WeakSecrets.signingKeyWeakness(SecureCodes.urlToken(32))).isEmpty();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "password", "admin123", "changeme", "Password123!", "P@ssw0rd2024",
			"Administrator1", "letmein-letmein", "Welcome2025!!", "qwertyuiop12", "aaaaaaaaaaaaaaa",
			"123456789012", "abcdefghijklm", "short" })
	void refusesWeakOrDefaultPasswords(String password) {
		assertThat(WeakSecrets.passwordWeakness(password, "")).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Tram-Kirchberg-Gare-77", "vN8#xKp2LmR7tYw4", "correct horse battery staple" })
	void acceptsPasswordsNobodyTriesFirst(String password) {
		assertThat(WeakSecrets.passwordWeakness(password, "owner@boutik.lu")).isEmpty();
	}

	@Test
	void refusesPasswordsContainingTheAccountName() {
		assertThat(WeakSecrets.passwordWeakness("marie.schmit-2025!", "marie.schmit@boutik.lu"))
				.contains("contains the account's own name");
	}
}
