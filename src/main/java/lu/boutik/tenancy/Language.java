package lu.boutik.tenancy;

import java.util.Locale;

import lu.boutik.core.web.Problem;

/**
 * The languages a Luxembourg storefront speaks.
 */
public enum Language {

	LB, FR, DE, EN;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Language of(String field, String code) {

		for (var language : values()) {
			if (language.code().equals(code)) {
				return language;
			}
		}
		throw Problem.invalidField(field, "one of lb, fr, de, en");
	}
}
