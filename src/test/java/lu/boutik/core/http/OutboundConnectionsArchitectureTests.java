package lu.boutik.core.http;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.net.DatagramSocket;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.SocketChannel;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class OutboundConnectionsArchitectureTests {

	@Test
	void onlyTheGuardedClientOpensOutboundConnections() {

		var mainClasses = new ClassFileImporter()
				.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("lu.boutik");

		noClasses().that().resideOutsideOfPackage("lu.boutik.core.http..")
				.should().dependOnClassesThat(resideInAnyPackage("org.apache.hc..", "java.net.http..",
						"org.springframework.web.client..", "org.springframework.web.reactive.function.client..",
						"org.springframework.http.client..", "okhttp3..")
						.or(belongToAnyOf(URLConnection.class, HttpURLConnection.class, Socket.class,
								DatagramSocket.class, SocketChannel.class)))
				.orShould().callMethod(URL.class, "openConnection")
				.orShould().callMethod(URL.class, "openStream")
				.because("every outbound fetch goes through GuardedHttpClient, which checks where it goes")
				.check(mainClasses);
	}
}
