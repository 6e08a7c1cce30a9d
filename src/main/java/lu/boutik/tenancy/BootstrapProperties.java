package lu.boutik.tenancy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first super admin, created at start when no admin exists.
 *
 * @param adminEmail its email ({@code BOUTIK_BOOTSTRAP_ADMIN_EMAIL}); blank means {@code admin@} the platform domain
 * @param adminPassword its password ({@code BOUTIK_BOOTSTRAP_ADMIN_PASSWORD}); blank in development means a random
 *        one, printed once in the log
 */
@ConfigurationProperties("boutik.bootstrap")
record BootstrapProperties(@DefaultValue("") String adminEmail, @DefaultValue("") String adminPassword) {
}
