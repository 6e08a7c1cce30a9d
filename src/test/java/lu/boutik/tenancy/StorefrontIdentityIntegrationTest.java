package lu.boutik.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.Map;

import lu.boutik.test.Api;
import lu.boutik.test.IntegrationTest;
import lu.boutik.test.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class StorefrontIdentityIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	StoreDomains domains;

	Api api;
	Tenants tenants;

	@BeforeEach
	void connect() {

		api = new Api(port);
		tenants = new Tenants(api);
	}

	@Test
	void storefrontShowsTheMerchantsLegalIdentity() {

		var tenant = tenants.store("Identity Store");
		var changed = api.send("PUT", "/api/v1/merchant/legal-identity", tenant.merchantToken(),
				Map.of("Content-Type", "application/json"), BodyPublishers.ofString("""
						{"legal_name": "Identity S.à r.l.", "address": "1, rue du Marché, L-1234 Luxembourg",
						 "trade_register_number": "B123456", "vat_number": "LU12345678"}"""));
		assertThat(changed.status()).isEqualTo(200);

		var storefront = api.get("/api/v1/storefront/" + tenant.storeCode(), null).json();

		assertThat(storefront.get("merchant").get("legal_name").asString()).isEqualTo("Identity S.à r.l.");
		assertThat(storefront.get("merchant").get("trade_register_number").asString()).isEqualTo("B123456");
		assertThat(storefront.get("merchant").get("vat_number").asString()).isEqualTo("LU12345678");
		assertThat(storefront.get("languages").toString()).contains("lb", "fr", "de", "en");
	}

	@Test
	void refusesMalformedVatNumberNamingTheField() {

		var tenant = tenants.store("Bad VAT Store");
		var reply = api.send("PUT", "/api/v1/merchant/legal-identity", tenant.merchantToken(),
				Map.of("Content-Type", "application/json"), BodyPublishers.ofString("""
						{"legal_name": "X", "address": "Y", "trade_register_number": "B1", "vat_number": "DE1"}"""));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("vat_number");
	}

	@Test
	void findsStoreFromItsSubdomainOrVerifiedDomainOnly() {

		var tenant = tenants.store("Domain Store");

		assertThat(domains.storeAt(tenant.storeCode() + ".boutik.localhost:8080")).isPresent();
		assertThat(domains.storeAt(tenant.storeCode().toUpperCase() + ".BOUTIK.LOCALHOST.")).isPresent();
		assertThat(domains.storeAt("evil." + tenant.storeCode() + ".boutik.localhost")).isEmpty();
		assertThat(domains.storeAt(tenant.storeCode() + ".boutik.localhost.evil.test")).isEmpty();
		assertThat(domains.storeAt("shop-" + tenant.storeCode() + ".example.lu")).isEmpty();

		var added = api.post("/api/v1/admin/stores/" + tenant.storeId() + "/domains", api.signInAdmin(),
				Map.of("domain", "Shop-" + tenant.storeCode() + ".example.lu"));

		assertThat(added.status()).isEqualTo(201);
		assertThat(domains.storeAt("shop-" + tenant.storeCode() + ".example.lu").map(Store::id))
				.contains(tenant.storeId());
	}
}
