package lu.boutik.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Reads every deployment file of the repository and requires each container image in it to be pinned to a version
 * tag and a sha256 digest.
 * <p>
 * Deployment files are Dockerfiles and Containerfiles, Compose files, everything under a {@code deploy},
 * {@code k8s}, {@code kubernetes}, {@code helm} or {@code charts} folder, GitHub workflow files, and any other YAML
 * file that reads as a Kubernetes manifest.
 */
class DeploymentFilesIntegrationTest {

	private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target", "var", "node_modules", ".mvn",
			".idea");

	private static final Set<String> DEPLOYMENT_FOLDERS = Set.of("deploy", "deployment", "deployments", "k8s",
			"kubernetes", "helm", "charts", "workflows");

	private static final Pattern MANIFEST = Pattern.compile("(?m)^apiVersion:.*$[\\s\\S]*^kind:|^kind:.*$[\\s\\S]*"
			+ "^apiVersion:");

	@Test
	void pinsEveryContainerImageToAVersionAndADigest() throws IOException {

		var repository = Path.of("").toAbsolutePath();
		var problems = new ArrayList<ImagePins.Unpinned>();
		for (var file : deploymentFiles(repository)) {
			var name = repository.relativize(file).toString().replace('\\', '/');
			problems.addAll(ImagePins.check(name, Files.readString(file, StandardCharsets.UTF_8)));
		}

		assertThat(problems).as("container images without a version tag and a sha256 digest").isEmpty();
	}

	@Test
	void recognisesDeploymentFilesByNameFolderAndContent() throws IOException {

		var root = Files.createTempDirectory("boutik-deploy");
		try {
			var expected = List.of(write(root, "Dockerfile", "FROM x"), write(root, "docker/Dockerfile.native", ""),
					write(root, "compose.override.yml", ""), write(root, "deploy/values.yaml", ""),
					write(root, "ops/app.yaml", "apiVersion: apps/v1\nkind: Deployment\n"),
					write(root, ".github/workflows/ci.yml", ""));
			write(root, "src/main/resources/application.yml", "spring:\n  application:\n    name: boutik\n");
			write(root, "target/classes/Dockerfile", "FROM leftover");

			assertThat(deploymentFiles(root)).containsExactlyInAnyOrderElementsOf(expected);
		}
		finally {
			try (var files = Files.walk(root)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	static List<Path> deploymentFiles(Path root) throws IOException {

		var found = new ArrayList<Path>();
		Files.walkFileTree(root, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
				return !directory.equals(root) && SKIPPED_FOLDERS.contains(directory.getFileName().toString())
						? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				if (isDeploymentFile(root, file)) {
					found.add(file);
				}
				return FileVisitResult.CONTINUE;
			}
		});
		return found;
	}

	private static boolean isDeploymentFile(Path root, Path file) throws IOException {

		var relative = root.relativize(file);
		var name = relative.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.startsWith("dockerfile") || name.startsWith("containerfile") || name.endsWith(".dockerfile")) {
			return true;
		}
		if (!name.endsWith(".yml") && !name.endsWith(".yaml")) {
			return false;
		}
		if (name.contains("compose")) {
			return true;
		}
		for (var part : relative) {
			if (DEPLOYMENT_FOLDERS.contains(part.toString().toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return MANIFEST.matcher(Files.readString(file, StandardCharsets.UTF_8)).find();
	}

	private static Path write(Path root, String name, String text) throws IOException {

		var file = root.resolve(name);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text);
	}
}
