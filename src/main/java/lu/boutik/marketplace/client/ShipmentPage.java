package lu.boutik.marketplace.client;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of shipments and the cursor that continues after it.
 */
public record ShipmentPage(List<Shipment> nodes, PageInfo pageInfo) {

	public record PageInfo(boolean hasNextPage, @Nullable String endCursor) {
	}
}
