package lu.boutik.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import lu.boutik.core.SecureCodes;
import lu.boutik.core.config.PlatformProperties;

@ExtendWith(OutputCaptureExtension.class)
class SecretBoxConfigurationTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
			.withUserConfiguration(SecretBoxConfiguration.class, Platform.class);

	@Test
	void warnsThatAnEphemeralKeyDiesWithTheProcessInDevelopment(CapturedOutput output) {

		contexts.run(context -> {
			assertThat(context).hasSingleBean(SecretBox.class);
			assertThat(context.getBean(SecretBox.class).currentKeyId()).startsWith("ephemeral-");
		});
		assertThat(output).contains("WARN").contains("BOUTIK_ENCRYPTION_KEY is not set")
				.contains("cannot be opened once it stops");
	}

	@Test
	void sealsUnderTheFirstConfiguredKey() {

		var keys = "k2:" + key() + ", k1:" + key();
		contexts.withPropertyValues("boutik.encryption.keys=" + keys).run(context -> {
			var box = context.getBean(SecretBox.class);
			assertThat(box.seal("secret")).startsWith("v1.k2.");
		});
	}

	@Test
	void refusesToStartWithoutKeysInProduction() {
		contexts.withPropertyValues("boutik.env=production").run(context -> assertThat(context).hasFailed()
				.getFailure().rootCause().hasMessageContaining("BOUTIK_ENCRYPTION_KEY is required in production"));
	}

	@Test
	void refusesToStartOnUnfitKeys(CapturedOutput output) {

		contexts.withPropertyValues("boutik.encryption.keys=k1:c2hvcnQ=").run(context -> assertThat(context)
				.hasFailed().getFailure().rootCause().hasMessageContaining("key k1 is not 32 bytes"));
		assertThat(output).doesNotContain("c2hvcnQ=");
	}

	private static String key() {
		return Base64.getEncoder().encodeToString(SecureCodes.bytes(32));
	}

	@EnableConfigurationProperties(PlatformProperties.class)
	static class Platform {
	}
}
