package lu.boutik.marketplace.client;

import org.jspecify.annotations.Nullable;

/**
 * The Letzshop vendor an API key belongs to.
 */
public record Vendor(String id, String name, @Nullable String slug, @Nullable String email,
		@Nullable String defaultLocale, Shipment.@Nullable Country country) {
}
