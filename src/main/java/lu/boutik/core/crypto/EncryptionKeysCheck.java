package lu.boutik.core.crypto;

import java.util.List;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import lu.boutik.core.config.InsecureSetting;
import lu.boutik.core.config.ProductionCheck;

/**
 * Production seals secrets under keys of its own, never under an ephemeral key that a restart would lose.
 */
class EncryptionKeysCheck implements ProductionCheck {

	@Override
	public List<InsecureSetting> inspect(Environment environment) {

		var entries = Binder.get(environment).bind("boutik.encryption.keys", Bindable.listOf(String.class))
				.orElse(List.of()).stream()
				.map(String::strip)
				.filter(entry -> !entry.isEmpty())
				.toList();

		if (entries.isEmpty()) {
			return List.of(new InsecureSetting("BOUTIK_ENCRYPTION_KEY", "is not set; give kid:base64key entries "
					+ "of 32 random bytes each, so that sealed secrets survive a restart"));
		}
		return KeyRing.problemsIn(entries).stream()
				.map(problem -> new InsecureSetting("BOUTIK_ENCRYPTION_KEY", problem))
				.toList();
	}
}
