package lu.boutik.core.config;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import lu.boutik.core.SecureCodes;

/**
 * A production configuration that passes every check, for tests to spoil one setting at a time.
 */
final class ProductionSettingsFixture {

	private ProductionSettingsFixture() {
	}

	static Map<String, String> safe() {

		var settings = new LinkedHashMap<String, String>();
		settings.put("boutik.env", "production");
		settings.put("boutik.public-base-url", "https://boutik.lu");
		settings.put("boutik.security.jwt-secret-key", SecureCodes.urlToken(48));
		settings.put("boutik.bootstrap.admin-email", "owner@boutik.lu");
		settings.put("boutik.bootstrap.admin-password", "Tram-Kirchberg-Gare-77");
		settings.put("boutik.encryption.keys", "k2:" + randomKey() + ",k1:" + randomKey());
		settings.put("boutik.http.cors.allowed-origins", "https://admin.boutik.lu,https://*.boutik.lu");
		settings.put("boutik.rate-limit.single-instance", "false");
		settings.put("spring.datasource.url", "jdbc:postgresql://db.boutik.internal:5432/boutik");
		settings.put("spring.data.redis.url", "rediss://cache.boutik.internal:6379");
		settings.put("server.error.include-stacktrace", "never");
		settings.put("jobrunr.dashboard.enabled", "false");
		settings.put("management.endpoints.web.exposure.include", "health,prometheus");
		settings.put("logging.level.root", "info");
		return settings;
	}

	static String randomKey() {
		return Base64.getEncoder().encodeToString(SecureCodes.bytes(32));
	}
}
