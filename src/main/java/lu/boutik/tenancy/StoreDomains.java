package lu.boutik.tenancy;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import lu.boutik.core.config.PlatformProperties;
import lu.boutik.core.web.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the store a storefront request is for, from its host: a subdomain of the platform domain
 * ({@code acme-7k3mqx9p.boutik.lu}) or a verified custom domain. The path form {@code /s/{store}/} is for development
 * only, where no wildcard DNS exists.
 */
@Component
public class StoreDomains {

	private final JdbcClient jdbc;
	private final Stores stores;
	private final PlatformProperties platform;

	StoreDomains(JdbcClient jdbc, Stores stores, PlatformProperties platform) {

		this.jdbc = jdbc;
		this.stores = stores;
		this.platform = platform;
	}

	/** The open store served at {@code host}, if any. */
	public Optional<Store> storeAt(String host) {

		var name = normalise(host);
		var suffix = "." + platform.platformDomain().toLowerCase(Locale.ROOT);
		if (name.endsWith(suffix)) {
			var code = name.substring(0, name.length() - suffix.length());
			return code.contains(".") ? Optional.empty() : stores.byCode(code).filter(Store::isOpen);
		}
		return jdbc.sql("select store_id from store_domains where domain = ? and verified_at is not null")
				.param(name).query(UUID.class).optional()
				.flatMap(stores::byId)
				.filter(Store::isOpen);
	}

	/** Whether storefronts may also be reached under {@code /s/{store}/}. */
	public boolean servesPathForm() {
		return !platform.env().isProduction();
	}

	void addVerified(UUID storeId, String domain) {

		var name = normalise(domain);
		if (!name.matches("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}")) {
			throw Problem.invalidField("domain", "a domain name such as shop.example.lu");
		}
		if (name.endsWith("." + platform.platformDomain())) {
			throw Problem.invalidField("domain", "a domain outside the platform's own");
		}
		var added = jdbc.sql("""
				insert into store_domains (domain, store_id, verified_at) values (?, ?, now())
				on conflict (domain) do nothing""")
				.params(name, storeId).update() == 1;
		if (!added) {
			throw Problem.conflict("domain-taken", "This domain is in use already.");
		}
	}

	private static String normalise(String host) {

		var name = host.strip().toLowerCase(Locale.ROOT);
		var port = name.lastIndexOf(':');
		if (port > 0 && !name.endsWith("]")) {
			name = name.substring(0, port);
		}
		if (name.endsWith(".")) {
			name = name.substring(0, name.length() - 1);
		}
		try {
			return IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException exception) {
			return "";
		}
	}
}
