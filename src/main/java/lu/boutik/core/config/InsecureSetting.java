package lu.boutik.core.config;

/**
 * A setting that production refuses, and why. Neither part ever carries the setting's value.
 *
 * @param setting how an operator names the setting: its environment variable or, failing one, its property
 * @param reason what is wrong and what a safe value looks like, as one sentence
 */
public record InsecureSetting(String setting, String reason) {

	@Override
	public String toString() {
		return setting + ": " + reason;
	}
}
