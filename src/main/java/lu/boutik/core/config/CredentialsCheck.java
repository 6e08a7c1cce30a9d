package lu.boutik.core.config;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.env.Environment;

/**
 * Production needs a real token signing secret, and a bootstrap admin password, when one is given, that nobody
 * would guess.
 */
class CredentialsCheck implements ProductionCheck {

	@Override
	public List<InsecureSetting> inspect(Environment environment) {

		var settings = Settings.of(environment);
		var problems = new ArrayList<InsecureSetting>();

		WeakSecrets.signingKeyWeakness(settings.text("boutik.security.jwt-secret-key"))
				.map(reason -> new InsecureSetting("JWT_SECRET_KEY", reason + "; it must hold at least "
						+ WeakSecrets.MINIMUM_SIGNING_KEY_BYTES + " bytes of random data"))
				.ifPresent(problems::add);

		var password = settings.text("boutik.bootstrap.admin-password");
		if (!password.isEmpty()) {
			WeakSecrets.passwordWeakness(password, settings.text("boutik.bootstrap.admin-email"))
					.map(reason -> new InsecureSetting("BOUTIK_BOOTSTRAP_ADMIN_PASSWORD", reason + "; use at least "
							+ WeakSecrets.MINIMUM_PASSWORD_LENGTH + " characters that are not a known default"))
					.ifPresent(problems::add);
		}
		return problems;
	}
}
