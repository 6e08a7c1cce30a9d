package lu.boutik.core.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL that runs when no {@code spring.datasource.url} is set.
 *
 * @param dataDirectory where its data lives, so that it survives restarts; blank means a temporary directory that is
 *        removed when the platform stops, as the tests want
 * @param port its port on loopback; 0 picks a free one
 */
@ConfigurationProperties("boutik.embedded-database")
record EmbeddedDatabaseProperties(@DefaultValue("var/postgres") String dataDirectory, @DefaultValue("0") int port) {
}
