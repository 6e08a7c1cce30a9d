package lu.boutik.catalog;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How feed imports run.
 *
 * @param allowedHosts the hosts, each optionally with a port, that imports may fetch from, comma-separated
 *        ({@code BOUTIK_IMPORT_ALLOWED_HOSTS}); blank lets them fetch from any public host on ports 80 and 443, and an
 *        entry naming a loopback or private address such as {@code 127.0.0.1:8099} is the only way to reach one
 * @param maxBytes the largest feed, uploaded or fetched (decoded)
 * @param maxTime the longest a fetch may take, from the first lookup to the last byte
 * @param batchSize the number of variants saved per transaction
 */
@ConfigurationProperties("boutik.import")
record ImportProperties(
		@DefaultValue("") String allowedHosts,
		@DefaultValue("50MB") DataSize maxBytes,
		@DefaultValue("60s") Duration maxTime,
		@DefaultValue("2000") int batchSize) {
}
