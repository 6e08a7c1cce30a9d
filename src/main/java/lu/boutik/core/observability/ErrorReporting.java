package lu.boutik.core.observability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import io.sentry.InitPriority;
import io.sentry.Sentry;
import io.sentry.logback.SentryAppender;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends errors to Sentry: every event logged at ERROR, from any thread, and every uncaught exception.
 * <p>
 * Sentry is set up here, in code, and not from its environment variables or {@code sentry.properties}: nothing
 * outside can turn on {@code sendDefaultPii}, tracing or logs, or take out the {@link ErrorReportScrubber}, which
 * sees every event and breadcrumb last. Transactions are never sent. Errors logged while the platform starts, before
 * this bean exists, are not reported.
 */
class ErrorReporting implements AutoCloseable {

	private static final Logger LOG = LoggerFactory.getLogger(ErrorReporting.class);

	private static final String APPENDER = "SENTRY";

	private final ErrorReportingProperties properties;
	private final String defaultEnvironment;

	ErrorReporting(ErrorReportingProperties properties, String defaultEnvironment) {

		this.properties = properties;
		this.defaultEnvironment = defaultEnvironment;
	}

	void start() {

		var scrubber = new ErrorReportScrubber();
		try {
			Sentry.init(options -> {
				options.setDsn(properties.dsn().strip());
				options.setEnvironment(hasText(properties.environment()) ? properties.environment()
						: defaultEnvironment);
				options.setRelease(hasText(properties.release()) ? properties.release() : null);
				options.setEnableExternalConfiguration(false);
				options.setInitPriority(InitPriority.HIGHEST);
				options.setSendDefaultPii(false);
				options.setAttachServerName(false);
				options.setAttachThreads(false);
				options.setTracesSampleRate(null);
				options.getLogs().setEnabled(false);
				options.setBeforeSend(scrubber);
				options.setBeforeBreadcrumb(scrubber);
				options.setBeforeSendTransaction((transaction, hint) -> null);
				options.addInAppInclude("lu.boutik");
			});
		}
		catch (IllegalArgumentException exception) {
			throw new IllegalStateException("SENTRY_DSN is not a valid Sentry DSN.");
		}

		// The appender finds Sentry set up already; its own lower-priority set-up is ignored.
		var appender = new SentryAppender();
		appender.setName(APPENDER);
		appender.setContext(loggerContext());
		appender.setMinimumEventLevel(Level.ERROR);
		appender.setMinimumBreadcrumbLevel(Level.INFO);
		appender.start();
		root().addAppender(appender);

		LOG.info("Errors are reported to Sentry, scrubbed of personal data, for environment {}.",
				hasText(properties.environment()) ? properties.environment() : defaultEnvironment);
	}

	@Override
	public void close() {

		var appender = root().getAppender(APPENDER);
		if (appender != null) {
			root().detachAppender(appender);
			appender.stop();
		}
		Sentry.close();
	}

	private static LoggerContext loggerContext() {
		return (LoggerContext) LoggerFactory.getILoggerFactory();
	}

	private static ch.qos.logback.classic.Logger root() {
		return loggerContext().getLogger(Logger.ROOT_LOGGER_NAME);
	}

	private static boolean hasText(@Nullable String text) {
		return text != null && !text.isBlank();
	}
}
