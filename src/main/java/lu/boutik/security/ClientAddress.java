package lu.boutik.security;

import inet.ipaddr.IPAddress;

/**
 * The address of the client that sent a request, as far as the platform can trust it: the socket's peer, or what a
 * trusted proxy reported.
 *
 * @param address the client's address in canonical form
 */
public record ClientAddress(IPAddress address) {

	/** IPv6 clients usually hold a whole /64, so limits count the network, not each of its addresses. */
	static final int IPV6_LIMIT_PREFIX = 64;

	/** What rate limits count: the address itself for IPv4, its /64 for IPv6. */
	public String limitKey() {

		if (address.isIPv6()) {
			return address.toPrefixBlock(IPV6_LIMIT_PREFIX).toCanonicalString();
		}
		return address.toCanonicalString();
	}

	@Override
	public String toString() {
		return address.toCanonicalString();
	}
}
