package lu.boutik.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import lu.boutik.core.web.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class PasswordsTests {

	Passwords passwords = new Passwords(PasswordEncoderFactories.createDelegatingPasswordEncoder());

	@Test
	void refusesShortPasswords() {
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> passwords.hashNew("password", "short-one"))
				.withMessageContaining("password");
	}

	@Test
	void refusesCommonPasswordsWhateverTheirCase() {

		assertThatExceptionOfType(Problem.class).isThrownBy(() -> passwords.hashNew("password", "password1234"));
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> passwords.hashNew("password", "QWERTYUIOPASDFGHJKL"));
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> passwords.hashNew("password", "1q2w3e4r5t6y"));
	}

	@Test
	void refusesPasswordsBcryptWouldCut() {
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> passwords.hashNew("password", "x".repeat(73)));
	}

	@Test
	void hashesAcceptablePasswordsWithBcrypt() {

		var hash = passwords.hashNew("password", "violet-harbour-lantern");

		assertThat(hash).startsWith("{bcrypt}");
		assertThat(passwords.matches("violet-harbour-lantern", hash)).isTrue();
		assertThat(passwords.matches("violet-harbour-lanterns", hash)).isFalse();
		assertThat(passwords.matches("violet-harbour-lantern", null)).isFalse();
	}

	@Test
	void knowsHundredsOfCommonPasswordsOfAcceptableLength() {
		assertThat(CommonPasswords.load(Passwords.MINIMUM_LENGTH).size()).isGreaterThan(400);
	}
}
