package lu.boutik.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import me.gosimple.nbvcxz.Nbvcxz;

/**
 * The passwords that leak lists show most often, from the dictionary that the nbvcxz library ships (about 100,000
 * entries). Only those long enough to pass the length rule are kept; the comparison ignores case.
 */
final class CommonPasswords {

	private static final String DICTIONARY = "/dictionaries/passwords.txt";

	private final Set<String> passwords;

	private CommonPasswords(Set<String> passwords) {
		this.passwords = passwords;
	}

	static CommonPasswords load(int minimumLength) {

		var stream = Nbvcxz.class.getResourceAsStream(DICTIONARY);
		if (stream == null) {
			throw new IllegalStateException("the common-password dictionary is missing from the class path");
		}

		var passwords = new HashSet<String>();
		try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			reader.lines()
					.map(line -> line.strip().toLowerCase(Locale.ROOT))
					.filter(line -> line.length() >= minimumLength)
					.forEach(passwords::add);
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
		return new CommonPasswords(Set.copyOf(passwords));
	}

	boolean contains(String password) {
		return passwords.contains(password.strip().toLowerCase(Locale.ROOT));
	}

	int size() {
		return passwords.size();
	}
}
