package lu.boutik.tenancy;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The locale of a page is the one its storefront settled on for this request; English where no storefront did.
 */
@Component("localeResolver")
class StorefrontLocales implements LocaleResolver {

	private static final String ATTRIBUTE = StorefrontLocales.class.getName();

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) instanceof Locale locale ? locale : Locale.ENGLISH;
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		request.setAttribute(ATTRIBUTE, locale);
	}

	void use(HttpServletRequest request, Locale locale) {
		setLocale(request, null, locale);
	}
}
