package lu.boutik.marketplace;

import java.time.Duration;
import java.util.UUID;

import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps each store's recurring sync in the persistent job queue in line with its settings, and queues syncs asked
 * for now. The queue lives in PostgreSQL, so a queued sync survives a restart and runs once across instances.
 */
@Component
class SyncSchedule {

	private static final Logger LOG = LoggerFactory.getLogger(SyncSchedule.class);

	private final JobScheduler jobs;

	SyncSchedule(JobScheduler jobs) {
		this.jobs = jobs;
	}

	/** Schedules the store's recurring sync when the connection is active, removes it otherwise. */
	void follow(Connection connection) {

		var id = recurringJobId(connection.storeId());
		var storeId = connection.storeId();

		if (connection.isActive()) {
			jobs.<SyncJob>scheduleRecurrently(id, Duration.ofMinutes(connection.syncEveryMinutes()),
					job -> job.run(storeId, SyncRun.Trigger.SCHEDULED));
			LOG.info("Letzshop sync of store {} scheduled every {} minutes", storeId, connection.syncEveryMinutes());
		} else {
			jobs.deleteRecurringJob(id);
		}
	}

	void now(UUID storeId) {
		jobs.<SyncJob>enqueue(job -> job.run(storeId, SyncRun.Trigger.MANUAL));
	}

	static String recurringJobId(UUID storeId) {
		return "letzshop-sync-" + storeId;
	}
}
