package lu.boutik.marketplace;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One sync of a store with Letzshop and what it did.
 */
record SyncRun(UUID id, UUID storeId, Trigger trigger, Status status, Instant startedAt, @Nullable Instant finishedAt,
		Counts counts, @Nullable String failure) {

	enum Trigger {

		SCHEDULED, MANUAL;

		@JsonValue
		String code() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	enum Status {

		RUNNING, SUCCEEDED, FAILED;

		@JsonValue
		String code() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** What a run did: pages read, shipments seen, orders created and updated, unmatched items found. */
	record Counts(int pages, int shipmentsSeen, int ordersCreated, int ordersUpdated, int exceptionsOpened) {

		static final Counts NONE = new Counts(0, 0, 0, 0, 0);

		Counts plus(Counts other) {
			return new Counts(pages + other.pages, shipmentsSeen + other.shipmentsSeen,
					ordersCreated + other.ordersCreated, ordersUpdated + other.ordersUpdated,
					exceptionsOpened + other.exceptionsOpened);
		}
	}
}
