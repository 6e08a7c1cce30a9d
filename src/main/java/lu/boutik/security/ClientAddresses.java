package lu.boutik.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds the client address of a request. The socket's peer is the client unless it is a trusted proxy; then the hops
 * that the proxies reported are read from the right, and the first address that is not a trusted proxy is the
 * client. Headers from any other peer are ignored, so a client cannot choose the address it is counted under.
 */
@Component
public class ClientAddresses {

	static final String FORWARDED = "forwarded";
	static final String X_FORWARDED_FOR = "x-forwarded-for";
	static final String CF_CONNECTING_IP = "cf-connecting-ip";

	private final List<IPAddress> trusted;
	private final String header;

	ClientAddresses(HttpProperties properties) {

		this.trusted = properties.trustedProxies().stream()
				.map(String::strip)
				.filter(network -> !network.isEmpty())
				.map(ClientAddresses::network)
				.toList();
		this.header = properties.clientIpHeader().strip().toLowerCase(Locale.ROOT);
		if (!List.of(FORWARDED, X_FORWARDED_FOR, CF_CONNECTING_IP).contains(header)) {
			throw new IllegalArgumentException("boutik.http.client-ip-header must be X-Forwarded-For, Forwarded or "
					+ "CF-Connecting-IP");
		}
	}

	public ClientAddress of(HttpServletRequest request) {

		var peer = parse(request.getRemoteAddr());
		if (peer == null) {
			throw new IllegalStateException("the socket peer has no IP address");
		}
		if (!isTrusted(peer)) {
			return new ClientAddress(peer);
		}

		var client = peer;
		var hops = hops(request);
		for (int i = hops.size() - 1; i >= 0; i--) {
			var hop = parse(hops.get(i));
			if (hop == null) {
				break;
			}
			client = hop;
			if (!isTrusted(hop)) {
				break;
			}
		}
		return new ClientAddress(client);
	}

	boolean isTrusted(IPAddress address) {
		return trusted.stream().anyMatch(network -> network.contains(address));
	}

	private List<String> hops(HttpServletRequest request) {

		var values = Collections.list(request.getHeaders(header));
		var hops = new ArrayList<String>();
		for (var value : values) {
			for (var element : value.split(",")) {
				var hop = header.equals(FORWARDED) ? forwardedFor(element) : element.strip();
				if (hop != null) {
					hops.add(hop);
				}
			}
		}
		return header.equals(CF_CONNECTING_IP) && !hops.isEmpty() ? List.of(hops.getLast()) : hops;
	}

	/** The {@code for} parameter of one element of an RFC 7239 {@code Forwarded} header. */
	private static @Nullable String forwardedFor(String element) {

		for (var pair : element.split(";")) {
			var equals = pair.indexOf('=');
			if (equals > 0 && pair.substring(0, equals).strip().equalsIgnoreCase("for")) {
				return pair.substring(equals + 1).strip().replace("\"", "");
			}
		}
		return "";
	}

	/** An address as a header or the socket gives it, with an optional port and brackets; null if it is none. */
	static @Nullable IPAddress parse(@Nullable String value) {

		if (value == null) {
			return null;
		}
		var text = value.strip();
		if (text.startsWith("[")) {
			var end = text.indexOf(']');
			text = end < 0 ? text : text.substring(1, end);
		}
		else if (text.indexOf(':') > 0 && text.indexOf(':') == text.lastIndexOf(':')) {
			text = text.substring(0, text.indexOf(':'));
		}

		if (text.isEmpty()) {
			return null;
		}
		var address = new IPAddressString(text).getAddress();
		if (address == null || address.isPrefixed()) {
			return null;
		}
		if (address.isIPv6() && address.isIPv4Convertible()) {
			return address.toIPv4();
		}
		return address.withoutPrefixLength();
	}

	private static IPAddress network(String text) {

		var address = new IPAddressString(text).getAddress();
		if (address == null) {
			throw new IllegalArgumentException("boutik.http.trusted-proxies holds an entry that is no network");
		}
		return address.isPrefixed() ? address.toPrefixBlock() : address;
	}
}
