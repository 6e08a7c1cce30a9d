package lu.boutik.catalog;

import java.util.UUID;

import org.jobrunr.jobs.lambdas.JobRequest;

/**
 * The background job of one import, kept by JobRunr in PostgreSQL so that it outlives a restart of the platform.
 * Public only because JobRunr reads it back; other modules have no use for it.
 *
 * @param importId the import to run; the job has the same id
 */
public record FeedImportRequest(UUID importId) implements JobRequest {

	@Override
	public Class<FeedImportJob> getJobRequestHandler() {
		return FeedImportJob.class;
	}
}
