package lu.boutik.marketplace.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Shipments as the fake Letzshop holds them, in the shape of the schema.
 */
public final class LetzshopFixtures {

	private LetzshopFixtures() {
	}

	public static Map<String, Object> shipment(String id, String orderNumber, String email,
			List<Map<String, Object>> units) {

		var shipment = new LinkedHashMap<String, Object>();
		shipment.put("id", id);
		shipment.put("number", "S-" + orderNumber);
		shipment.put("state", units.stream().anyMatch(it -> it.get("state").equals("unconfirmed")) ? "unconfirmed"
				: "confirmed");
		shipment.put("tracking", null);
		shipment.put("order", order("order-" + id, orderNumber, email));
		shipment.put("inventoryUnits", units);
		return shipment;
	}

	public static Map<String, Object> unit(String id, String variantId, @Nullable String sku, @Nullable String gtin,
			double price, String name) {

		var variant = new LinkedHashMap<String, Object>();
		variant.put("id", variantId);
		variant.put("sku", sku);
		variant.put("mpn", null);
		variant.put("price", price);
		variant.put("tradeId", gtin == null ? null : Map.of("number", gtin, "parser", "ean13"));
		variant.put("product", Map.of(
				"name", Map.of("en", name, "fr", name + " (fr)", "de", name + " (de)"),
				"brand", Map.of("__typename", "Brand", "name", "Kalloo")));

		var unit = new LinkedHashMap<String, Object>();
		unit.put("id", id);
		unit.put("state", "unconfirmed");
		unit.put("variant", variant);
		return unit;
	}

	private static Map<String, Object> order(String id, String number, String email) {

		var address = new LinkedHashMap<String, Object>();
		address.put("firstName", "Léa");
		address.put("lastName", "Muller");
		address.put("company", null);
		address.put("streetName", "Grand-Rue");
		address.put("streetNumber", "12");
		address.put("city", "Luxembourg");
		address.put("zipCode", "L-1660");
		address.put("phone", "+352 621 000 000");
		address.put("country", Map.of("name", "Luxembourg", "iso", "LU"));

		var order = new LinkedHashMap<String, Object>();
		order.put("id", id);
		order.put("number", number);
		order.put("email", email);
		order.put("total", 59.9);
		order.put("completedAt", "2026-12-01T09:30:00+01:00");
		order.put("locale", "fr");
		order.put("shipAddress", address);
		order.put("billAddress", address);
		return order;
	}
}
