package lu.boutik.core.observability;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import inet.ipaddr.IPAddressString;

/**
 * Masks personal data and credentials in free text: email addresses, IPv4 and IPv6 addresses, JSON web tokens,
 * bearer and basic credentials, cookie and authorization header lines, and the values of parameters whose name says
 * they hold a secret ({@code token=}, {@code api_key=}, {@code password:}).
 * <p>
 * It errs on the side of masking: a version number that looks like an IPv4 address is masked too. It does not
 * recognise names, postal addresses, phone numbers or secrets that carry no telling name.
 */
final class PersonalData {

	static final String FILTERED = "[Filtered]";

	private static final Pattern EMAIL = Pattern.compile(
			"[\\p{L}\\p{N}._%+'-]+(?:@|%40)[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");

	private static final Pattern JWT = Pattern.compile(
			"eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}(?:\\.[A-Za-z0-9_-]*)+");

	private static final Pattern HEADER_LINE = Pattern.compile(
			"(?i)\\b(set-cookie|cookie|authorization|proxy-authorization)(\\s*[:=]\\s*)[^\\r\\n]+");

	private static final Pattern CREDENTIAL = Pattern.compile(
			"(?i)\\b(bearer|basic|digest|token)(\\s+)[A-Za-z0-9._~+/=-]{8,}");

	private static final Pattern SECRET_PARAMETER = Pattern.compile("(?i)([\\w.-]*(?:password|passwd|pwd|secret|token"
			+ "|api[_-]?key|apikey|access[_-]?key|private[_-]?key|signature|credential|session|auth)[\\w.-]*)"
			+ "(\"?\\s*[=:]\\s*\"?)([^\\s&\"',;}]+)");

	/** Anything that might be an IPv6 address; the parser decides. */
	private static final Pattern IPV6_CANDIDATE = Pattern.compile(
			"(?<![\\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?::(?:\\d{1,3}\\.){3}\\d{1,3})?"
					+ "(?:%[\\w.-]+)?(?![\\w:]|\\.\\d)");

	private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\d.])");

	/** Fragments of names (letters and digits only) whose value is a secret or personal, whatever it looks like. */
	private static final Set<String> SENSITIVE_FRAGMENTS = Set.of("password", "passwd", "secret", "token", "apikey",
			"accesskey", "privatekey", "cookie", "authorization", "credential", "session", "signature", "email",
			"ipaddr", "remoteaddr", "clientip", "realip", "forwardedfor", "firstname", "lastname", "fullname",
			"surname", "username", "phone", "iban", "cardnumber");

	/** Whole words of names that say the same. */
	private static final Set<String> SENSITIVE_WORDS = Set.of("ip", "pwd", "auth", "key", "otp", "pin", "mail",
			"address", "customer", "forwarded", "via");

	private static final Pattern WORD_BOUNDARY = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])");

	private PersonalData() {
	}

	static String mask(String text) {

		var masked = HEADER_LINE.matcher(text).replaceAll("$1$2" + FILTERED);
		masked = JWT.matcher(masked).replaceAll("[jwt]");
		masked = CREDENTIAL.matcher(masked).replaceAll("$1$2" + FILTERED);
		masked = EMAIL.matcher(masked).replaceAll("[email]");
		masked = SECRET_PARAMETER.matcher(masked).replaceAll(match -> Matcher.quoteReplacement(
				match.group(1) + match.group(2) + FILTERED));
		masked = IPV6_CANDIDATE.matcher(masked).replaceAll(match -> isIpv6(match.group())
				? "[ip]" : Matcher.quoteReplacement(match.group()));
		return IPV4.matcher(masked).replaceAll("[ip]");
	}

	/** Whether a field, header or parameter of this name holds a secret or personal data. */
	static boolean isSensitiveName(String name) {

		var joined = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		if (SENSITIVE_FRAGMENTS.stream().anyMatch(joined::contains)) {
			return true;
		}
		return WORD_BOUNDARY.splitAsStream(name).map(word -> word.toLowerCase(Locale.ROOT))
				.anyMatch(SENSITIVE_WORDS::contains);
	}

	private static boolean isIpv6(String candidate) {

		var address = new IPAddressString(candidate);
		return address.isIPv6() || address.isIPv4Mapped();
	}
}
