package lu.boutik.core.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataTests {

	static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJqYW5lIiwicmVhbG0iOiJjdXN0b21lciJ9"
			+ ".k1x0Y2lnbmF0dXJlLXZhbHVlLWZvci10ZXN0cw";

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Sign-in failed for jane.doe@example.com   | Sign-in failed for [email]
			Reset sent to Jos%40Post.lu today          | Reset sent to [email] today
			Mail für Léa.Müller@boîte.lu              | Mail für [email]
			Client 203.0.113.7 was refused            | Client [ip] was refused
			Client 2001:db8::8a2e:370:7334 was refused | Client [ip] was refused
			via [::1]:8080 and ::ffff:192.0.2.1       | via [[ip]]:8080 and [ip]
			""")
	void masksEmailsAndAddresses(String text, String masked) {
		assertThat(PersonalData.mask(text)).isEqualTo(masked);
	}

	@Test
	void masksTokensAndCredentials() {

		assertThat(PersonalData.mask("token " + JWT + " expired")).isEqualTo("token [jwt] expired");
		assertThat(PersonalData.mask("Authorization: Bearer abc.def-123456789")).isEqualTo(
				"Authorization: [Filtered]");
		assertThat(PersonalData.mask("sent Bearer zA9-opaque.token_value")).isEqualTo("sent Bearer [Filtered]");
		assertThat(PersonalData.mask("Cookie: SESSION=abc123; theme=dark")).isEqualTo("Cookie: [Filtered]");
		assertThat(PersonalData.mask("set-cookie=remember=xyz")).isEqualTo("set-cookie=[Filtered]");
	}

	@Test
	void masksSecretParametersInUrlsAndText() {

		assertThat(PersonalData.mask("GET https://boutik.lu/reset?token=Zx81kq&page=2&api_key=abc"))
				.isEqualTo("GET https://boutik.lu/reset?token=[Filtered]&page=2&api_key=[Filtered]");
		assertThat(PersonalData.mask("{\"password\":\"hunter2\",\"name\":\"x\"}"))
				.isEqualTo("{\"password\":\"[Filtered]\",\"name\":\"x\"}");
		assertThat(PersonalData.mask("client_secret=s3cr3t reset_token: q1w2e3"))
				.isEqualTo("client_secret=[Filtered] reset_token: [Filtered]");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Imported 1204 products for store 42 in 3.2 s", "at 14:15:05.779 on main",
			"lu.boutik.catalog.FeedImport.run(FeedImport.java:42)", "std::vector and Foo::bar",
			"error id 3f2b8c1e-9d4a-4f6b-8e2a-1c3d5e7f9a0b", "Sentry 8.47.0 on Java 25" })
	void leavesOrdinaryTextAlone(String text) {
		assertThat(PersonalData.mask(text)).isEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "X-Forwarded-For",
			"Forwarded", "X-Real-IP", "CF-Connecting-IP", "X-Api-Key", "X-Auth-Token", "password", "reset_token",
			"email", "customerEmail", "ip_address", "clientIp", "phone", "first_name", "iban", "JSESSIONID" })
	void recognisesSensitiveNames(String name) {
		assertThat(PersonalData.isSensitiveName(name)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Accept", "Content-Type", "User-Agent", "thread_name", "marker", "store_id", "page",
			"status", "description", "shipment" })
	void leavesOrdinaryNamesAlone(String name) {
		assertThat(PersonalData.isSensitiveName(name)).isFalse();
	}
}
