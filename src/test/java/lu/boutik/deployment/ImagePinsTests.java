package lu.boutik.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImagePinsTests {

	static final String DIGEST = "sha256:" + "4f".repeat(32);

	@ParameterizedTest
	@ValueSource(strings = { "postgres:17.5-bookworm@", "registry.boutik.lu:5000/platform/app:1.4.2@",
			"docker.io/library/redis:7.4.1-alpine@" })
	void acceptsAVersionTagWithADigest(String reference) {
		assertThat(ImagePins.problemOf(reference + DIGEST)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			postgres:latest                      | has the moving tag 'latest' instead of a version and no sha256 digest
			postgres                             | has no version tag and no sha256 digest
			postgres:17.5                        | has no sha256 digest
			registry.boutik.lu:5000/platform/app | has no version tag and no sha256 digest
			postgres:stable-bookworm             | has the moving tag 'stable-bookworm' instead of a version
			${BASE_IMAGE}                        | is built from a variable, so its pin cannot be checked
			""")
	void refusesUnpinnedReferences(String reference, String reason) {
		assertThat(ImagePins.problemOf(reference).orElseThrow()).startsWith(reason);
	}

	@Test
	void refusesADigestWithoutAVersionTag() {
		assertThat(ImagePins.problemOf("postgres@" + DIGEST)).contains("has no version tag");
	}

	@Test
	void refusesLatestEvenWithADigest() {
		assertThat(ImagePins.problemOf("postgres:latest@" + DIGEST))
				.contains("has the moving tag 'latest' instead of a version");
	}

	@Test
	void refusesAMalformedDigest() {
		assertThat(ImagePins.problemOf("postgres:17.5@sha256:abc"))
				.contains("has a digest that is not sha256:<64 hex digits>");
	}

	@Test
	void readsDockerfileStagesAndCopiedImages() {

		var dockerfile = """
				FROM --platform=linux/amd64 eclipse-temurin:25.0.3_9-jdk@%1$s AS build
				RUN ./mvnw -B package
				FROM build AS test
				FROM scratch AS empty
				FROM eclipse-temurin:25-jre
				COPY --from=build /work/target/app.jar /app.jar
				COPY --from=busybox:latest /bin/sh /bin/sh
				COPY --from=0 /etc/passwd /etc/passwd
				RUN --mount=type=bind,from=alpine:3.20@%1$s,target=/mnt true
				""".formatted(DIGEST);

		assertThat(ImagePins.check("deploy/Dockerfile", dockerfile)).extracting(ImagePins.Unpinned::line,
				ImagePins.Unpinned::reference).containsExactly(
						tuple(5, "eclipse-temurin:25-jre"),
						tuple(7, "busybox:latest"));
	}

	@Test
	void readsImagesOfComposeFilesAndManifests() {

		var compose = """
				services:
				  db:
				    image: "postgres:17.5-bookworm@%1$s"
				  cache:
				    image: 'redis:7.4.1'   # pinned later
				  app:
				    image: ghcr.io/boutik/app:latest
				---
				spec:
				  containers:
				    - image: nginx:1.27.3@%1$s
				    - name: sidecar
				      image: busybox
				  helm:
				    image:
				      repository: nginx
				""".formatted(DIGEST);

		assertThat(ImagePins.check("deploy/compose.yaml", compose)).extracting(ImagePins.Unpinned::line)
				.containsExactly(5, 7, 13, 15);
	}
}
