package lu.boutik.marketplace.client;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Letzshop shipment: the part of a marketplace order that one vendor fulfils. Each inventory unit is one item.
 */
public record Shipment(String id, String number, ShipmentState state, Order order, List<InventoryUnit> inventoryUnits,
		@Nullable Tracking tracking) {

	public record Order(String id, String number, @Nullable String email, @Nullable BigDecimal total,
			@Nullable String completedAt, @Nullable String locale, @Nullable Address shipAddress,
			@Nullable Address billAddress) {
	}

	public record Address(@Nullable String firstName, @Nullable String lastName, @Nullable String company,
			@Nullable String streetName, @Nullable String streetNumber, @Nullable String city,
			@Nullable String zipCode, @Nullable String phone, @Nullable Country country) {
	}

	public record Country(@Nullable String name, String iso) {
	}

	public record InventoryUnit(String id, InventoryUnitState state, Variant variant) {
	}

	public record Variant(String id, @Nullable String sku, @Nullable String mpn, @Nullable BigDecimal price,
			@Nullable TradeId tradeId, Product product) {
	}

	/** The EAN or GTIN of a variant. */
	public record TradeId(String number, @Nullable String parser) {
	}

	public record Product(Name name, @Nullable Brand brand) {
	}

	public record Name(@Nullable String en, @Nullable String fr, @Nullable String de) {
	}

	/** Either a {@code Brand} with a name or Letzshop's unknown-brand type. */
	public record Brand(@JsonProperty("__typename") String type, @Nullable String name) {

		public boolean known() {
			return "Brand".equals(type);
		}
	}

	public record Tracking(String code, @Nullable TrackingCarrier carrier) {
	}
}
