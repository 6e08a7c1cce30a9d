package lu.boutik.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS through pinned addresses: the connection goes to the checked loopback address, while the certificate is still
 * verified against the host name. The only name used is {@code localhost}, so that even a guard that resolved on its
 * own would find this machine.
 */
class GuardedHttpClientTlsIntegrationTest {

	private static final char[] PASSWORD = "changeit".toCharArray();

	private static final Limits QUICK = Limits.DEFAULTS.withTotalTime(Duration.ofSeconds(10));

	@TempDir
	static Path keys;

	private static KeyStore forLocalhost;

	private static KeyStore forOtherName;

	@BeforeAll
	static void issueCertificates() throws Exception {

		forLocalhost = selfSigned("localhost");
		forOtherName = selfSigned("feeds.example.com");
	}

	@Test
	void verifiesTheCertificateAgainstTheHostNameWhileConnectingToTheCheckedAddress() throws Exception {

		var body = fetchFromServerPresenting(forLocalhost);

		assertThat(body).isEqualTo("secure");
	}

	@Test
	void refusesACertificateIssuedForAnotherName() {

		assertThatThrownBy(() -> fetchFromServerPresenting(forOtherName))
				.isInstanceOf(OutboundFailed.class)
				.hasMessage("The secure connection to host 'localhost' could not be established.");
	}

	private static String fetchFromServerPresenting(KeyStore certificate) throws Exception {

		// Linux answers on all of 127.0.0.0/8; 127.0.0.2 is the one address this test's check admits.
		var checked = InetAddress.getByAddress(new byte[] { 127, 0, 0, 2 });
		var server = HttpsServer.create(new InetSocketAddress(checked, 0), 4);
		server.setHttpsConfigurator(new HttpsConfigurator(serverContext(certificate)));
		server.createContext("/feed.csv", exchange -> {
			try (exchange) {
				LoopbackServer.respond(exchange, 200, "secure");
			}
		});
		server.start();

		var tls = new DefaultClientTlsStrategy(clientTrusting(certificate));
		try (var client = new GuardedHttpClient(host -> List.of(checked),
				address -> address.equals(checked) ? null : "not the test address", tls)) {
			var port = server.getAddress().getPort();
			var bytes = client.get(URI.create("https://localhost:" + port + "/feed.csv"),
					AllowedHosts.parse("localhost:" + port), Map.of(), QUICK, BodyReader.bytes());
			return new String(bytes, StandardCharsets.UTF_8);
		} finally {
			server.stop(0);
		}
	}

	private static KeyStore selfSigned(String name) throws IOException, InterruptedException,
			GeneralSecurityException {

		var file = keys.resolve(name + ".p12");
		var keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
		var process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname",
				"secp256r1", "-dname", "CN=" + name, "-ext", "san=dns:" + name, "-validity", "2", "-storetype",
				"PKCS12", "-keystore", file.toString(), "-storepass", new String(PASSWORD), "-keypass",
				new String(PASSWORD))
				.redirectErrorStream(true)
				.start();
		var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();

		var store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(file)) {
			store.load(in, PASSWORD);
		}
		return store;
	}

	private static SSLContext serverContext(KeyStore certificate) throws GeneralSecurityException {

		var keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keyManagers.init(certificate, PASSWORD);
		var context = SSLContext.getInstance("TLS");
		context.init(keyManagers.getKeyManagers(), null, null);
		return context;
	}

	private static SSLContext clientTrusting(KeyStore certificate) throws GeneralSecurityException {

		var trusted = KeyStore.getInstance("PKCS12");
		try {
			trusted.load(null, null);
		} catch (IOException e) {
			throw new GeneralSecurityException(e);
		}
		trusted.setCertificateEntry("server", certificate.getCertificate("server"));

		var trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trustManagers.init(trusted);
		var context = SSLContext.getInstance("TLS");
		context.init(null, trustManagers.getTrustManagers(), null);
		return context;
	}
}
