package lu.boutik.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

class MailTemplatesTests {

	static final Map<String, String> VALUES = Map.of("link", "https://shop.boutik.test/x#token=abc",
			"valid_hours", "48", "valid_minutes", "30");

	MailTemplates templates = new MailTemplates();

	@ParameterizedTest
	@CsvSource({ "email-verification", "invitation", "password-reset", "password-changed" })
	void speaksEveryStorefrontLanguage(String code) {

		for (var language : MailTemplates.LANGUAGES) {
			assertThat(new ClassPathResource("mail/" + code + "/" + language + ".txt").exists())
					.as(code + " in " + language).isTrue();
			var mail = templates.render(code, language, VALUES);
			assertThat(mail.subject()).isNotBlank().doesNotContain("\n");
			assertThat(mail.body()).doesNotContain("{");
		}
	}

	@Test
	void putsTheLinkIntoTheBody() {
		assertThat(templates.render("password-reset", "lb", VALUES).body())
				.contains("https://shop.boutik.test/x#token=abc").contains("30");
	}

	@Test
	void fallsBackToEnglishForOtherLanguages() {
		assertThat(templates.render("invitation", "pt", VALUES).subject())
				.isEqualTo(templates.render("invitation", "en", VALUES).subject());
	}

	@Test
	void refusesToRenderWithAMissingValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> templates.render("invitation", "en", Map.of()));
	}
}
