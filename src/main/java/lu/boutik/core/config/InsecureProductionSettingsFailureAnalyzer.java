package lu.boutik.core.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports refused production settings as Spring Boot's start-up failure report, in place of a stack trace.
 */
class InsecureProductionSettingsFailureAnalyzer extends AbstractFailureAnalyzer<InsecureProductionSettings> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InsecureProductionSettings cause) {
		return new FailureAnalysis(cause.getMessage(), "Fix every setting listed above, then start again. These "
				+ "checks guard APP_ENV=production only; development must never serve real customers.", cause);
	}
}
