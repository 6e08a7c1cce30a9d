package lu.boutik.core.config;

/**
 * Where the platform runs, from {@code APP_ENV}. Production refuses every insecure setting at start.
 */
public enum AppEnvironment {

	DEVELOPMENT, PRODUCTION;

	public boolean isProduction() {
		return this == PRODUCTION;
	}
}
