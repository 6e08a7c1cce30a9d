package lu.boutik.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStoreTests {

	@TempDir
	Path directory;

	Path base;
	FileStore store;

	@BeforeEach
	void open() throws IOException {

		base = Files.createDirectories(directory.resolve("store"));
		store = new FileStore(base);
	}

	@Test
	void keepsContentUnderServerMadeKeyInsideBaseDirectory() throws IOException {

		var key = store.save("feeds", text("Handle,Title"), 1024);

		assertThat(key.value()).matches("feeds/[0-9A-HJKMNP-TV-Z]{26}");
		assertThat(store.resolve(key)).startsWith(base.toRealPath());
		try (var in = store.open(key)) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("Handle,Title");
		}
	}

	@Test
	void givesEverySaveItsOwnKey() throws IOException {

		var first = store.save("feeds", text("a"), 10);
		var second = store.save("feeds", text("a"), 10);

		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void refusesKeysThatClimbOutOfBaseDirectory() throws IOException {

		Files.writeString(directory.resolve("secret.txt"), "secret");

		assertThatIllegalArgumentException().isThrownBy(() -> store.open("../secret.txt"));
		assertThatIllegalArgumentException().isThrownBy(() -> store.open("feeds/../../secret.txt"));
		assertThatIllegalArgumentException().isThrownBy(() -> store.open("feeds/..%2F..%2Fsecret.txt"));
		assertThatIllegalArgumentException().isThrownBy(() -> store.open("feeds\\..\\..\\secret.txt"));
	}

	@Test
	void refusesAbsoluteKeys() {

		assertThatIllegalArgumentException().isThrownBy(() -> store.open("/etc/passwd"));
		assertThatIllegalArgumentException().isThrownBy(() -> store.open(directory.resolve("secret.txt").toString()));
		assertThatIllegalArgumentException().isThrownBy(() -> store.open(""));
	}

	@Test
	void refusesKeyWhoseAreaIsLinkedOutsideBaseDirectory() throws IOException {

		var outside = Files.createDirectories(directory.resolve("outside"));
		Files.writeString(outside.resolve("ABCDEFGHJKMNPQRSTVWXYZ0123"), "secret");
		Files.createSymbolicLink(base.resolve("feeds"), outside);

		assertThatIllegalArgumentException().isThrownBy(() -> store.open("feeds/ABCDEFGHJKMNPQRSTVWXYZ0123"));
	}

	@Test
	void refusesUserChosenArea() {
		assertThatIllegalArgumentException().isThrownBy(() -> store.save("../up", text("x"), 10));
	}

	@Test
	void refusesContentLongerThanAllowedAndKeepsNothing() throws IOException {

		assertThatThrownBy(() -> store.save("feeds", text("0123456789A"), 10)).isInstanceOf(FileTooLarge.class);

		try (var files = Files.walk(base)) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}
	}

	private static ByteArrayInputStream text(String content) {
		return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
	}
}
