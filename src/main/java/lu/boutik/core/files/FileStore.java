package lu.boutik.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import lu.boutik.core.SecureCodes;

/**
 * Keeps files under one base directory, each under a key the store makes itself. Nothing a user sends, neither a file
 * name nor a path, becomes part of a key, and every key is resolved and checked to lie inside the base directory,
 * symbolic links followed, before a file is opened.
 * <p>
 * A file is written to a scratch directory first and moved into place once complete, so a reader never sees half a
 * file.
 */
public class FileStore {

	private static final int BUFFER = 64 * 1024;

	private final Path base;
	private final Path incoming;

	public FileStore(Path baseDirectory) throws IOException {

		this.base = Files.createDirectories(baseDirectory.toAbsolutePath().normalize()).toRealPath();
		this.incoming = Files.createDirectories(base.resolve(".incoming"));
	}

	/**
	 * Copies {@code content} into a new file of {@code area}, refusing it once it passes {@code maxBytes}.
	 *
	 * @return the key under which the file can be opened
	 * @throws FileTooLarge when the content is longer than {@code maxBytes}; nothing is kept then
	 */
	public FileKey save(String area, InputStream content, long maxBytes) throws IOException {

		var key = FileKey.fresh(area);
		var scratch = incoming.resolve(SecureCodes.base32(26));

		try {
			try (OutputStream out = Files.newOutputStream(scratch)) {
				copyAtMost(content, out, maxBytes);
			}
			var target = resolve(key);
			Files.createDirectories(target.getParent());
			move(scratch, target);
			return key;
		}
		finally {
			Files.deleteIfExists(scratch);
		}
	}

	public InputStream open(FileKey key) throws IOException {
		return Files.newInputStream(resolve(key));
	}

	/** Opens a key read back as text, for example from a database row; a value of any other shape is refused. */
	public InputStream open(String key) throws IOException {
		return open(new FileKey(key));
	}

	public long size(FileKey key) throws IOException {
		return Files.size(resolve(key));
	}

	public void delete(FileKey key) throws IOException {
		Files.deleteIfExists(resolve(key));
	}

	/**
	 * The path of a key, which must lie inside the base directory.
	 *
	 * @throws IllegalArgumentException when the key would leave the base directory, through {@code ..}, an absolute
	 *         path or a symbolic link
	 */
	Path resolve(FileKey key) throws IOException {

		var path = base.resolve(key.value()).normalize();
		if (!path.startsWith(base) || path.equals(base)) {
			throw new IllegalArgumentException("file key outside the store");
		}

		var parent = path.getParent();
		if (Files.exists(parent) && !parent.toRealPath().startsWith(base)) {
			throw new IllegalArgumentException("file key outside the store");
		}
		if (Files.isSymbolicLink(path)) {
			throw new IllegalArgumentException("file key names a link");
		}
		return path;
	}

	Path baseDirectory() {
		return base;
	}

	private static void copyAtMost(InputStream in, OutputStream out, long maxBytes) throws IOException {

		var buffer = new byte[BUFFER];
		long total = 0;
		int read;
		while ((read = in.read(buffer)) != -1) {
			total += read;
			if (total > maxBytes) {
				throw new FileTooLarge(maxBytes);
			}
			out.write(buffer, 0, read);
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException exception) {
			Files.move(from, to);
		}
	}
}
