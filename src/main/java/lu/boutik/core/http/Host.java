package lu.boutik.core.http;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import org.jspecify.annotations.Nullable;

/**
 * A host as the guard compares and connects to it: a lower-case ASCII host name, or an IP address literal in its one
 * canonical spelling. Anything a resolver could read in more than one way is refused here, before any lookup.
 * International names are converted by {@link IDN} (IDNA 2003 with the STD3 rules) before any other check, so that
 * full-width digits and dots cannot hide an IPv4 address.
 *
 * @param name the host name, or the canonical address text (IPv6 without brackets)
 * @param literal the address when the host is an IP literal
 */
record Host(String name, @Nullable IPAddress literal) {

	private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";

	private static final Pattern CANONICAL_IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");

	/** A last label a resolver would read as a number, which turns the whole host into an IPv4 address for it. */
	private static final Pattern NUMERIC_LABEL = Pattern.compile("[0-9]+|0x[0-9a-f]*");

	private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

	private static final IPAddressStringParameters STRICT_IPV6 = strictIpv6();

	/**
	 * Parses a host as it stands in a URL's authority or an allowed-hosts entry: a name, a dotted IPv4 address or an
	 * IPv6 address in brackets.
	 *
	 * @throws OutboundRefused when the host is malformed or written in a form that is not canonical
	 */
	static Host parse(String text) {

		if (text.isEmpty()) {
			throw new OutboundRefused("The address names no host.");
		}

		if (text.startsWith("[") && text.endsWith("]")) {
			return ipv6(text.substring(1, text.length() - 1));
		}

		if (text.indexOf('%') >= 0 || text.indexOf('[') >= 0 || text.indexOf(']') >= 0) {
			throw new OutboundRefused("The host '" + text + "' is not a valid host name.");
		}

		var ascii = toAscii(text);
		var withoutDot = ascii.endsWith(".") ? ascii.substring(0, ascii.length() - 1) : ascii;
		var lastLabel = withoutDot.substring(withoutDot.lastIndexOf('.') + 1);

		if (NUMERIC_LABEL.matcher(lastLabel).matches()) {
			return ipv4(text, ascii);
		}

		if (ascii.endsWith(".")) {
			throw new OutboundRefused("The host '" + text + "' ends with a dot; write it without.");
		}

		if (ascii.length() > 253 || !ascii.chars().allMatch(c -> c == '.' || c == '-' || isLowerAlphanumeric(c))
				|| !allLabelsValid(ascii)) {
			throw new OutboundRefused("The host '" + text + "' is not a valid host name.");
		}

		return new Host(ascii, null);
	}

	boolean isLiteral() {
		return literal != null;
	}

	/** The host as it stands in a URL: IPv6 literals in brackets. */
	String uriForm() {
		return literal != null && literal.isIPv6() ? "[" + name + "]" : name;
	}

	@Override
	public String toString() {
		return uriForm();
	}

	private static Host ipv4(String text, String ascii) {

		// Shorthand, hexadecimal, octal and zero-padded forms mean different addresses to different parsers.
		if (!CANONICAL_IPV4.matcher(ascii).matches()) {
			throw new OutboundRefused("The host '" + text + "' is an IPv4 address in a non-canonical form; "
					+ "only four decimal numbers without leading zeros, such as 203.0.113.7, are accepted.");
		}

		return new Host(ascii, new IPAddressString(ascii).getAddress());
	}

	private static Host ipv6(String text) {

		try {
			var address = new IPAddressString(text, STRICT_IPV6).toAddress();
			return new Host(address.toCanonicalString(), address);
		} catch (AddressStringException e) {
			throw new OutboundRefused("The host '[" + text + "]' is not a valid IPv6 address.");
		}
	}

	private static String toAscii(String text) {

		try {
			return IDN.toASCII(text, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
		} catch (IllegalArgumentException e) {
			throw new OutboundRefused("The host '" + text + "' is not a valid host name.");
		}
	}

	private static boolean allLabelsValid(String ascii) {

		for (var label : ascii.split("\\.", -1)) {
			if (!LABEL.matcher(label).matches()) {
				return false;
			}
		}
		return true;
	}

	private static boolean isLowerAlphanumeric(int c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
	}

	/** IPv6 as RFC 4291 writes it: no zone, prefix, range or wildcard, and a dotted-quad tail only if canonical. */
	private static IPAddressStringParameters strictIpv6() {

		var builder = new IPAddressStringParameters.Builder()
				.allowEmpty(false)
				.allowAll(false)
				.allowSingleSegment(false)
				.allowPrefix(false)
				.allowMask(false)
				.allowIPv4(false)
				.allowWildcardedSeparator(false)
				.setRangeOptions(RangeParameters.NO_RANGE)
				.allow_inet_aton(false);
		builder.getIPv6AddressParametersBuilder()
				.allowZone(false)
				.allowBase85(false)
				.allowBinary(false)
				.allowWildcardedSeparator(false)
				.setRangeOptions(RangeParameters.NO_RANGE)
				.allowUnlimitedLeadingZeros(false)
				.allowMixed(true)
				.allow_mixed_inet_aton(false)
				.getEmbeddedIPv4AddressParametersBuilder()
				.allowLeadingZeros(false)
				.allow_inet_aton(false)
				.allowBinary(false)
				.allowWildcardedSeparator(false)
				.setRangeOptions(RangeParameters.NO_RANGE);
		return builder.toParams();
	}
}
