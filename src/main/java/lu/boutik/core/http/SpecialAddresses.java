package lu.boutik.core.http;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv6.IPv6Address;
import org.jspecify.annotations.Nullable;

/**
 * The address blocks that are not the public internet: IANA's IPv4 and IPv6 special-purpose registries, plus the
 * forms that carry an IPv4 address inside IPv6. An address outside all of them, and for IPv6 inside global unicast
 * {@code 2000::/3}, is public.
 * <p>
 * An IPv4-mapped address ({@code ::ffff:0:0/96}) is judged by the IPv4 address it carries, since the socket layer
 * connects to exactly that. The other forms that embed IPv4 (IPv4-compatible {@code ::/96}, NAT64, 6to4, Teredo) are
 * refused whole, whatever they carry: they are deprecated or reach their IPv4 address through a translator or relay
 * that the guard cannot see.
 */
final class SpecialAddresses {

	/** Most specific first, so that an address is reported by the narrowest purpose it serves. */
	private static final List<Block> IPV4 = List.of(
			unusable("0.0.0.0/8", "this network"),
			block("10.0.0.0/8", "private network"),
			block("100.64.0.0/10", "carrier-grade NAT"),
			block("127.0.0.0/8", "loopback"),
			block("169.254.0.0/16", "link-local, where cloud metadata services answer"),
			block("172.16.0.0/12", "private network"),
			block("192.0.0.0/24", "IETF protocol assignments"),
			block("192.0.2.0/24", "documentation"),
			block("192.31.196.0/24", "AS112 service"),
			block("192.52.193.0/24", "AMT relays"),
			block("192.88.99.0/24", "6to4 relay anycast"),
			block("192.168.0.0/16", "private network"),
			block("192.175.48.0/24", "AS112 direct delegation"),
			block("198.18.0.0/15", "benchmarking"),
			block("198.51.100.0/24", "documentation"),
			block("203.0.113.0/24", "documentation"),
			unusable("224.0.0.0/4", "multicast"),
			unusable("255.255.255.255/32", "limited broadcast"),
			unusable("240.0.0.0/4", "reserved"));

	private static final List<Block> IPV6 = List.of(
			unusable("::/128", "unspecified"),
			block("::1/128", "loopback"),
			block("::/96", "IPv4-compatible, deprecated"),
			block("64:ff9b::/96", "NAT64 translation"),
			block("64:ff9b:1::/48", "local NAT64 translation"),
			block("100::/64", "discard only"),
			block("2001::/32", "Teredo tunnelling"),
			block("2001:db8::/32", "documentation"),
			block("2001::/23", "IETF protocol assignments"),
			block("2002::/16", "6to4 tunnelling"),
			block("2620:4f:8000::/48", "AS112 direct delegation"),
			block("3fff::/20", "documentation"),
			block("5f00::/16", "segment routing"),
			block("fc00::/7", "unique local, private network"),
			block("fe80::/10", "link-local"),
			block("fec0::/10", "site-local, deprecated"),
			unusable("ff00::/8", "multicast"));

	private static final IPAddress GLOBAL_UNICAST = new IPAddressString("2000::/3").getAddress();

	private SpecialAddresses() {
	}

	/** Why the address is not public, naming its block, or {@code null} when it is public. */
	static @Nullable String refusal(InetAddress address) {
		return refusal(of(address));
	}

	static @Nullable String refusal(IPAddress address) {

		if (address instanceof IPv6Address ipv6 && ipv6.isIPv4Mapped()) {
			var embedded = refusal(ipv6.getEmbeddedIPv4Address());
			return embedded == null ? null : "IPv4-mapped " + embedded;
		}

		var block = blockOf(address);
		if (block != null) {
			return block.describe();
		}

		return address.isIPv6() && !GLOBAL_UNICAST.contains(address) ? "outside global unicast, 2000::/3" : null;
	}

	/**
	 * Whether a connection can go to the address at all: unspecified, multicast, broadcast and reserved addresses are
	 * no destination, even when an operator lists them.
	 */
	static boolean isConnectable(IPAddress address) {

		var block = address instanceof IPv6Address ipv6 && ipv6.isIPv4Mapped()
				? blockOf(ipv6.getEmbeddedIPv4Address())
				: blockOf(address);
		return block == null || block.connectable();
	}

	static IPAddress of(InetAddress address) {

		// Built from the bare bytes: a scope id would otherwise make the address unequal to every block.
		return address instanceof Inet4Address ? new IPv4Address(address.getAddress())
				: new IPv6Address(address.getAddress());
	}

	private static @Nullable Block blockOf(IPAddress address) {

		for (var block : address.isIPv4() ? IPV4 : IPV6) {
			if (block.range().contains(address)) {
				return block;
			}
		}
		return null;
	}

	private static Block block(String cidr, String purpose) {
		return new Block(new IPAddressString(cidr).getAddress(), cidr, purpose, true);
	}

	private static Block unusable(String cidr, String purpose) {
		return new Block(new IPAddressString(cidr).getAddress(), cidr, purpose, false);
	}

	private record Block(IPAddress range, String cidr, String purpose, boolean connectable) {

		String describe() {
			return purpose + ", " + cidr;
		}
	}
}
