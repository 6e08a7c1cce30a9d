package lu.boutik.core.observability;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where error reports go. The names are those of Sentry's own Spring integration, so that a later switch to it keeps
 * the configuration.
 *
 * @param dsn the Sentry project's DSN ({@code SENTRY_DSN}); blank switches error reporting off
 * @param environment the environment reports are filed under; blank means the platform's {@code APP_ENV}
 * @param release the release reports are filed under, if known
 */
@ConfigurationProperties("sentry")
record ErrorReportingProperties(@DefaultValue("") String dsn, @Nullable String environment,
		@Nullable String release) {
}
