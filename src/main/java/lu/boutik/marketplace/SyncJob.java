package lu.boutik.marketplace;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import lu.boutik.core.web.Problem;
import lu.boutik.marketplace.client.LetzshopFailure;

/**
 * One sync of a store with Letzshop, run by the job queue. Every run is recorded with its counts; a run that fails
 * is recorded as failed and thrown back to the queue, which runs it again later. Nothing is lost in between, since
 * every shipment imported before the failure stays imported and a new run picks up the rest. A run that finds
 * another run of the same store going does nothing, since that one picks up everything.
 * <p>
 * Public only because the job queue invokes it by reflection; other modules have no use for it.
 */
@Component
public class SyncJob {

	static final int RETRIES = 3;
	private static final Logger LOG = LoggerFactory.getLogger(SyncJob.class);

	private final LetzshopSettings settings;
	private final ShipmentImport shipmentImport;
	private final SyncRuns runs;
	private final Clock clock;

	SyncJob(LetzshopSettings settings, ShipmentImport shipmentImport, SyncRuns runs, Clock clock) {

		this.settings = settings;
		this.shipmentImport = shipmentImport;
		this.runs = runs;
		this.clock = clock;
	}

	@Job(name = "Letzshop sync of store %0", retries = RETRIES)
	public SyncRun.Counts run(UUID storeId, SyncRun.Trigger trigger) {

		var started = runs.start(storeId, trigger, clock.instant());
		if (started.isEmpty()) {
			LOG.info("Letzshop sync of store {} skipped: another run is going", storeId);
			return SyncRun.Counts.NONE;
		}

		var run = started.get();
		var progress = new AtomicReference<>(SyncRun.Counts.NONE);

		try {
			var counts = shipmentImport.importAll(storeId, settings.endpoint(storeId), progress::set);
			runs.finish(run.id(), counts, clock.instant());
			return counts;

		} catch (LetzshopFailure failure) {

			runs.fail(run.id(), progress.get(), failure.getMessage(), clock.instant());
			LOG.warn("Letzshop sync of store {} failed after {} shipments", storeId,
					progress.get().shipmentsSeen(), failure);
			throw failure;

		} catch (RuntimeException failure) {

			var reason = failure instanceof Problem problem ? problem.getMessage()
					: "Sync failed: " + failure.getClass().getSimpleName();
			runs.fail(run.id(), progress.get(), reason, clock.instant());
			LOG.warn("Letzshop sync of store {} failed", storeId, failure);
			throw failure;
		}
	}
}
