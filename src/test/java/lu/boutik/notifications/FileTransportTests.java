package lu.boutik.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTransportTests {

	@TempDir
	Path directory;

	@Test
	void writesEachMailAsAnEmlFileNamedByItsId() throws Exception {

		new FileTransport(directory.resolve("mail"), "no-reply@boutik.test")
				.send("0b6d", "someone@boutik.test", "Réinitialisez", "Le lien : https://shop.boutik.test/a");

		var file = directory.resolve("mail/0b6d.eml");
		assertThat(file).exists();
		assertThat(Files.readString(file)).contains("To: someone@boutik.test").contains("X-Boutik-Mail-Id: 0b6d");
	}
}
