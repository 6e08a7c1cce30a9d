package lu.boutik.marketplace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of every sync run.
 */
@Repository
class SyncRuns {

	static final Duration ABANDONED_AFTER = Duration.ofHours(1);
	private static final int FAILURE_LENGTH = 500;

	private final JdbcClient jdbc;

	SyncRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the start of a run, unless another run of the store is still going; a run that has been going for
	 * longer than {@link #ABANDONED_AFTER} is taken for one whose instance stopped, and recorded as failed.
	 */
	Optional<SyncRun> start(UUID storeId, SyncRun.Trigger trigger, Instant now) {

		jdbc.sql("""
				update letzshop_sync_runs set status = 'failed', finished_at = ?, failure = 'Abandoned'
				where store_id = ? and status = 'running' and started_at < ?""")
				.params(Timestamp.from(now), storeId, Timestamp.from(now.minus(ABANDONED_AFTER)))
				.update();

		var run = new SyncRun(UUID.randomUUID(), storeId, trigger, SyncRun.Status.RUNNING, now, null,
				SyncRun.Counts.NONE, null);
		var started = jdbc.sql("""
				insert into letzshop_sync_runs (id, store_id, trigger, status, started_at)
				values (?, ?, ?, 'running', ?)
				on conflict (store_id) where status = 'running' do nothing""")
				.params(run.id(), storeId, lower(trigger), Timestamp.from(now))
				.update();
		return started == 1 ? Optional.of(run) : Optional.empty();
	}

	void finish(UUID runId, SyncRun.Counts counts, Instant now) {
		finish(runId, SyncRun.Status.SUCCEEDED, counts, null, now);
	}

	void fail(UUID runId, SyncRun.Counts counts, String failure, Instant now) {

		var bounded = failure.length() > FAILURE_LENGTH ? failure.substring(0, FAILURE_LENGTH) : failure;
		finish(runId, SyncRun.Status.FAILED, counts, bounded, now);
	}

	List<SyncRun> ofStore(UUID storeId, int limit) {
		return jdbc.sql("select * from letzshop_sync_runs where store_id = ? order by started_at desc limit ?")
				.params(storeId, limit).query(SyncRuns::map).list();
	}

	private void finish(UUID runId, SyncRun.Status status, SyncRun.Counts counts, @Nullable String failure,
			Instant now) {

		jdbc.sql("""
				update letzshop_sync_runs set status = ?, finished_at = ?, pages = ?, shipments_seen = ?,
						orders_created = ?, orders_updated = ?, exceptions_opened = ?, failure = ?
				where id = ?""")
				.params(lower(status), Timestamp.from(now), counts.pages(), counts.shipmentsSeen(),
						counts.ordersCreated(), counts.ordersUpdated(), counts.exceptionsOpened(), failure, runId)
				.update();
	}

	private static String lower(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

	private static SyncRun map(ResultSet row, int number) throws SQLException {

		var finished = row.getTimestamp("finished_at");
		return new SyncRun(row.getObject("id", UUID.class), row.getObject("store_id", UUID.class),
				SyncRun.Trigger.valueOf(row.getString("trigger").toUpperCase(Locale.ROOT)),
				SyncRun.Status.valueOf(row.getString("status").toUpperCase(Locale.ROOT)),
				row.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
				new SyncRun.Counts(row.getInt("pages"), row.getInt("shipments_seen"), row.getInt("orders_created"),
						row.getInt("orders_updated"), row.getInt("exceptions_opened")),
				row.getString("failure"));
	}
}
