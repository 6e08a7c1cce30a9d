package lu.boutik.core.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where stored files live.
 *
 * @param baseDirectory the directory that holds every stored file; blank means a temporary directory removed when the
 *        platform stops, as the tests want
 */
@ConfigurationProperties("boutik.files")
record FileStoreProperties(@DefaultValue("var/files") String baseDirectory) {
}
