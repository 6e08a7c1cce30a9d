package lu.boutik.core.observability;

import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import lu.boutik.core.config.PlatformProperties;

/**
 * Reports errors to Sentry when {@code SENTRY_DSN} is set; without it, nothing of Sentry runs.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ErrorReportingConfiguration.DsnGiven.class)
@EnableConfigurationProperties(ErrorReportingProperties.class)
class ErrorReportingConfiguration {

	@Bean(initMethod = "start", destroyMethod = "close")
	ErrorReporting errorReporting(ErrorReportingProperties properties, PlatformProperties platform) {
		return new ErrorReporting(properties, platform.env().name().toLowerCase(Locale.ROOT));
	}

	/** Ahead of Spring Security's filters, so that errors they raise carry their request too. */
	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	FilterRegistrationBean<RequestScopeFilter> errorReportRequestScope() {

		var registration = new FilterRegistrationBean<>(new RequestScopeFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	static class DsnGiven implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return StringUtils.hasText(context.getEnvironment().getProperty("sentry.dsn"));
		}
	}
}
