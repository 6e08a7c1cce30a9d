package lu.boutik.core.files;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The platform's one file store, in {@code boutik.files.base-directory}.
 */
@Configuration(proxyBeanMethods = false)
class FileStoreConfiguration {

	@Bean
	FileStore fileStore(FileStoreProperties properties) throws IOException {

		if (StringUtils.hasText(properties.baseDirectory())) {
			return new FileStore(Path.of(properties.baseDirectory()));
		}
		return new TemporaryFileStore(Files.createTempDirectory("boutik-files"));
	}

	/** A store in a temporary directory that is removed with the application context. */
	static class TemporaryFileStore extends FileStore implements DisposableBean {

		TemporaryFileStore(Path directory) throws IOException {
			super(directory);
		}

		@Override
		public void destroy() throws IOException {

			Files.walkFileTree(baseDirectory(), new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
					Files.delete(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path directory, @Nullable IOException failure)
						throws IOException {
					Files.delete(directory);
					return FileVisitResult.CONTINUE;
				}
			});
		}
	}
}
