package lu.boutik.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import lu.boutik.core.SecureCodes;

class SecretBoxTests {

	private static final String OLD = "k1:" + randomKey();
	private static final String NEW = "k2:" + randomKey();

	private final SecretBox box = new SecretBox(KeyRing.parse(List.of(OLD)));

	@Test
	void opensWhatItSealed() {

		var sealed = box.seal("letzshop-api-key-0123", "store:42");

		assertThat(sealed).startsWith("v1.k1.").doesNotContain("letzshop");
		assertThat(box.open(sealed, "store:42")).isEqualTo("letzshop-api-key-0123");
	}

	@Test
	void sealsWithoutContextToo() {
		assertThat(box.open(box.seal("Moien, ça va? ✓"))).isEqualTo("Moien, ça va? ✓");
	}

	@Test
	void drawsAFreshIvForEverySeal() {

		var ivs = new HashSet<String>();
		var sealedTexts = new HashSet<String>();
		for (int i = 0; i < 50; i++) {
			var sealed = box.seal("same secret", "store:42");
			sealedTexts.add(sealed);
			ivs.add(Base64.getEncoder().encodeToString(Arrays.copyOf(payload(sealed), 12)));
		}

		assertThat(ivs).hasSize(50);
		assertThat(sealedTexts).hasSize(50);
	}

	@Test
	void refusesAlteredCiphertext() {

		var sealed = box.seal("letzshop-api-key-0123", "store:42");
		var bytes = payload(sealed);

		for (var position : List.of(0, 12, bytes.length - 1)) {
			var altered = bytes.clone();
			altered[position] ^= 0x01;
			var tampered = "v1.k1." + Base64.getUrlEncoder().withoutPadding().encodeToString(altered);

			assertThatExceptionOfType(UnreadableSecret.class).isThrownBy(() -> box.open(tampered, "store:42"))
					.withMessageContaining("altered");
		}
	}

	@Test
	void refusesTruncatedOrMalformedText() {

		var sealed = box.seal("letzshop-api-key-0123");

		assertThatExceptionOfType(UnreadableSecret.class).isThrownBy(() -> box.open(sealed.substring(0, 20)));
		assertThatExceptionOfType(UnreadableSecret.class).isThrownBy(() -> box.open("plain text"));
		assertThatExceptionOfType(UnreadableSecret.class).isThrownBy(() -> box.open("v2" + sealed.substring(2)));
	}

	@Test
	void refusesToOpenInAnotherContext() {

		var sealed = box.seal("letzshop-api-key-0123", "store:42");

		assertThatExceptionOfType(UnreadableSecret.class).isThrownBy(() -> box.open(sealed, "store:43"))
				.withMessageContaining("another context");
		assertThatExceptionOfType(UnreadableSecret.class).isThrownBy(() -> box.open(sealed));
	}

	@Test
	void refusesAKeyIdSwappedForAnother() {

		var both = new SecretBox(KeyRing.parse(List.of(NEW, OLD)));
		var sealed = both.seal("letzshop-api-key-0123");

		assertThatExceptionOfType(UnreadableSecret.class).isThrownBy(() -> both.open(sealed.replace("v1.k2.",
				"v1.k1.")));
	}

	@Test
	void opensSecretsSealedUnderAnOlderKeyAfterRotation() {

		var sealed = box.seal("letzshop-api-key-0123", "store:42");
		var rotated = new SecretBox(KeyRing.parse(List.of(NEW, OLD)));

		assertThat(rotated.open(sealed, "store:42")).isEqualTo("letzshop-api-key-0123");
		assertThat(rotated.needsResealing(sealed)).isTrue();
		assertThat(rotated.seal("fresh")).startsWith("v1.k2.");

		var resealed = rotated.reseal(sealed, "store:42");
		assertThat(rotated.needsResealing(resealed)).isFalse();
		assertThat(rotated.open(resealed, "store:42")).isEqualTo("letzshop-api-key-0123");
		assertThat(box.needsResealing(sealed)).isFalse();
	}

	@Test
	void refusesKeysItDoesNotHave() {

		var sealed = new SecretBox(KeyRing.parse(List.of(NEW))).seal("letzshop-api-key-0123");

		assertThatExceptionOfType(UnreadableSecret.class).isThrownBy(() -> box.open(sealed))
				.withMessageContaining("key k2");
	}

	@Test
	void neverOpensWhatAnEphemeralBoxSealed() {

		var sealed = SecretBox.ephemeral().seal("letzshop-api-key-0123");

		assertThatExceptionOfType(UnreadableSecret.class).isThrownBy(() -> SecretBox.ephemeral().open(sealed));
	}

	@Test
	void readsKeysInStandardOrUrlSafeBase64() {

		var material = SecureCodes.bytes(32);
		var standard = new SecretBox(KeyRing.parse(List.of("k1:" + Base64.getEncoder().encodeToString(material))));
		var urlSafe = new SecretBox(KeyRing.parse(List.of("k1:" + Base64.getUrlEncoder().withoutPadding()
				.encodeToString(material))));

		assertThat(urlSafe.open(standard.seal("secret"))).isEqualTo("secret");
	}

	@Test
	void refusesUnfitKeysListingEveryProblemWithoutTheirMaterial() {

		var zeros = Base64.getEncoder().encodeToString(new byte[32]);
		var entries = new ArrayList<>(List.of("k0:c2hvcnQ=", "k2:" + zeros, "missing-separator", OLD, OLD));

		assertThat(KeyRing.problemsIn(entries)).containsExactly("key k0 is not 32 bytes of base64",
				"key k2 is a repeated pattern, not random bytes",
				"entry 3 is not of the form kid:base64key, with a kid of letters, digits, - or _",
				"entry 5 repeats the key id k1");
		assertThatIllegalArgumentException().isThrownBy(() -> KeyRing.parse(entries))
				.withMessageNotContaining(zeros).withMessageNotContaining("c2hvcnQ");
	}

	private static byte[] payload(String sealed) {
		return Base64.getUrlDecoder().decode(sealed.substring(sealed.lastIndexOf('.') + 1));
	}

	private static String randomKey() {
		return Base64.getEncoder().encodeToString(SecureCodes.bytes(32));
	}
}
