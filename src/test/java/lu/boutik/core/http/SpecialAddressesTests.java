package lu.boutik.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pure address classification: every address here is only parsed and compared, never connected to.
 */
class SpecialAddressesTests {

	@ParameterizedTest
	@CsvSource({
			"0.0.0.0, 0.0.0.0/8",
			"0.255.255.255, 0.0.0.0/8",
			"10.0.0.1, 10.0.0.0/8",
			"10.255.255.255, 10.0.0.0/8",
			"100.64.0.1, 100.64.0.0/10",
			"100.127.255.254, 100.64.0.0/10",
			"127.0.0.1, 127.0.0.0/8",
			"127.255.255.254, 127.0.0.0/8",
			"169.254.0.1, 169.254.0.0/16",
			"169.254.169.254, 169.254.0.0/16",
			"172.16.0.1, 172.16.0.0/12",
			"172.31.255.254, 172.16.0.0/12",
			"192.0.0.1, 192.0.0.0/24",
			"192.0.0.170, 192.0.0.0/24",
			"192.0.2.1, 192.0.2.0/24",
			"192.31.196.1, 192.31.196.0/24",
			"192.52.193.1, 192.52.193.0/24",
			"192.88.99.1, 192.88.99.0/24",
			"192.168.0.1, 192.168.0.0/16",
			"192.168.255.254, 192.168.0.0/16",
			"192.175.48.1, 192.175.48.0/24",
			"198.18.0.1, 198.18.0.0/15",
			"198.19.255.254, 198.18.0.0/15",
			"198.51.100.1, 198.51.100.0/24",
			"203.0.113.1, 203.0.113.0/24",
			"224.0.0.1, 224.0.0.0/4",
			"239.255.255.250, 224.0.0.0/4",
			"240.0.0.1, 240.0.0.0/4",
			"254.255.255.255, 240.0.0.0/4",
			"255.255.255.255, 255.255.255.255/32" })
	void refusesSpecialPurposeIpv4(String address, String block) {
		assertThat(SpecialAddresses.refusal(ip(address))).contains(block);
	}

	@ParameterizedTest
	@CsvSource({
			"::, ::/128",
			"::1, ::1/128",
			"::2, ::/96",
			"::127.0.0.1, ::/96",
			"::10.0.0.1, ::/96",
			"::169.254.169.254, ::/96",
			"::1.1.1.1, ::/96",
			"64:ff9b::7f00:1, 64:ff9b::/96",
			"64:ff9b::a9fe:a9fe, 64:ff9b::/96",
			"64:ff9b::101:101, 64:ff9b::/96",
			"64:ff9b:1::1, 64:ff9b:1::/48",
			"100::1, 100::/64",
			"2001::1, 2001::/32",
			"2001:0:4136:e378:8000:63bf:3fff:fdd2, 2001::/32",
			"2001:2::1, 2001::/23",
			"2001:db8::1, 2001:db8::/32",
			"2002:7f00:1::1, 2002::/16",
			"2002:a00:1::1, 2002::/16",
			"2002:a9fe:a9fe::1, 2002::/16",
			"2002:c0a8:101::1, 2002::/16",
			"2620:4f:8000::1, 2620:4f:8000::/48",
			"3fff::1, 3fff::/20",
			"5f00::1, 5f00::/16",
			"fc00::1, fc00::/7",
			"fd00:ec2::254, fc00::/7",
			"fe80::1, fe80::/10",
			"febf:ffff::1, fe80::/10",
			"fec0::1, fec0::/10",
			"ff02::1, ff00::/8",
			"ff0e::101, ff00::/8",
			"4000::1, 2000::/3",
			"e000::1, 2000::/3" })
	void refusesSpecialPurposeIpv6(String address, String block) {
		assertThat(SpecialAddresses.refusal(ip(address))).contains(block);
	}

	@ParameterizedTest
	@CsvSource({
			"::ffff:127.0.0.1, 127.0.0.0/8",
			"::ffff:10.0.0.1, 10.0.0.0/8",
			"::ffff:169.254.169.254, 169.254.0.0/16",
			"::ffff:192.168.1.1, 192.168.0.0/16",
			"::ffff:100.64.0.1, 100.64.0.0/10",
			"::ffff:0.0.0.0, 0.0.0.0/8" })
	void refusesIpv4MappedFormOfSpecialAddress(String address, String block) {
		assertThat(SpecialAddresses.refusal(ip(address))).startsWith("IPv4-mapped").contains(block);
	}

	@Test
	void refusesIpv4MappedAddressThatArrivesAsIpv6() throws UnknownHostException {

		var bytes = new byte[16];
		bytes[10] = (byte) 0xff;
		bytes[11] = (byte) 0xff;
		bytes[12] = (byte) 169;
		bytes[13] = (byte) 254;
		bytes[14] = (byte) 169;
		bytes[15] = (byte) 254;
		var mapped = Inet6Address.getByAddress(null, bytes, -1);

		assertThat(mapped).isInstanceOf(Inet6Address.class);
		assertThat(SpecialAddresses.refusal(mapped)).contains("169.254.0.0/16");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.1.1.1", "8.8.8.8", "9.9.9.9", "80.90.47.1", "100.63.255.255", "100.128.0.0",
			"172.15.255.255", "172.32.0.0", "192.0.1.1", "192.169.0.1", "198.17.255.255", "198.20.0.0",
			"223.255.255.255", "2606:4700:4700::1111", "2001:4860:4860::8888", "2a00:1450:4001:82b::200e",
			"2001:200::1", "::ffff:1.1.1.1" })
	void admitsPublicAddress(String address) {
		assertThat(SpecialAddresses.refusal(ip(address))).isNull();
	}

	@Test
	void admitsPublicInetAddress() throws UnknownHostException {

		var cloudflare = InetAddress.getByAddress(new byte[] { 1, 1, 1, 1 });

		assertThat(SpecialAddresses.refusal(cloudflare)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0.0.0.0", "0.1.2.3", "224.0.0.1", "239.1.1.1", "240.0.0.1", "255.255.255.255", "::",
			"ff02::1", "::ffff:224.0.0.1" })
	void knowsAddressesNoConnectionCanGoTo(String address) {
		assertThat(SpecialAddresses.isConnectable(ip(address))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "10.0.0.1", "169.254.169.254", "::1", "fd00::1", "1.1.1.1" })
	void knowsUnicastAddressesAreConnectable(String address) {
		assertThat(SpecialAddresses.isConnectable(ip(address))).isTrue();
	}

	private static IPAddress ip(String text) {
		return new IPAddressString(text).getAddress();
	}
}
