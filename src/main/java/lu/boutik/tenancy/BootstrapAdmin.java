package lu.boutik.tenancy;

import java.util.UUID;

import lu.boutik.core.EmailAddresses;
import lu.boutik.core.SecureCodes;
import lu.boutik.core.config.PlatformProperties;
import lu.boutik.security.Passwords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first super admin when the platform has none, so that a fresh installation can be signed in to.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdmin.class);

	private final Accounts accounts;
	private final Passwords passwords;
	private final BootstrapProperties bootstrap;
	private final PlatformProperties platform;

	BootstrapAdmin(Accounts accounts, Passwords passwords, BootstrapProperties bootstrap,
			PlatformProperties platform) {

		this.accounts = accounts;
		this.passwords = passwords;
		this.bootstrap = bootstrap;
		this.platform = platform;
	}

	@Override
	public void run(ApplicationArguments arguments) {

		if (accounts.anyAdmin()) {
			return;
		}

		var email = bootstrap.adminEmail().isBlank() ? "admin@" + platform.platformDomain()
				: EmailAddresses.normalise(bootstrap.adminEmail());
		var generated = bootstrap.adminPassword().isBlank();
		if (generated && platform.env().isProduction()) {
			throw new IllegalStateException("BOUTIK_BOOTSTRAP_ADMIN_PASSWORD is required to create the first admin");
		}
		var password = generated ? SecureCodes.urlToken(18) : bootstrap.adminPassword();

		if (accounts.insertAdmin(UUID.randomUUID(), email, passwords.hashNew("admin_password", password),
				"super_admin")) {
			if (generated) {
				LOG.warn("Created the first super admin {} with the generated password {} (shown only now).", email,
						password);
			}
			else {
				LOG.info("Created the first super admin from the bootstrap settings.");
			}
		}
	}
}
