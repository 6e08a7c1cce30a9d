package lu.boutik.core.crypto;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The keys for secrets at rest.
 *
 * @param keys {@code kid:base64key} entries, from {@code BOUTIK_ENCRYPTION_KEY} as one comma-separated text; each key
 *        is 32 random bytes in base64, the first one seals and all of them open. Empty in development means one
 *        ephemeral key; production refuses to start without keys.
 */
@ConfigurationProperties("boutik.encryption")
record EncryptionProperties(@DefaultValue List<String> keys) {

	List<String> givenKeys() {
		return keys.stream().map(String::strip).filter(entry -> !entry.isEmpty()).toList();
	}
}
