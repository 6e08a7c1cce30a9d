package lu.boutik.notifications;

import java.time.Duration;
import java.util.UUID;

import org.jobrunr.jobs.annotations.Recurring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Delivers the outbox. The job queue runs {@link #deliverDue()} on one instance at a time; it sends what is due and
 * schedules failures again with a doubling delay, up to a number of attempts. A mail just queued is also tried once
 * right after its transaction commits, so it need not wait for the next run.
 */
@Component
public class OutboxDelivery {

	private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);

	private final Outbox outbox;
	private final MailTransport transport;
	private final NotificationProperties properties;
	private final TaskExecutor executor;

	OutboxDelivery(Outbox outbox, MailTransport transport, NotificationProperties properties,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor) {

		this.outbox = outbox;
		this.transport = transport;
		this.properties = properties;
		this.executor = executor;
	}

	/** Sends every mail that is due, in batches. Run by the job queue. */
	@Recurring(id = "outbox-delivery", interval = "PT15S")
	public void deliverDue() {

		var batch = outbox.claimDue(properties.batchSize(), properties.lease());
		while (!batch.isEmpty()) {
			batch.forEach(this::attempt);
			batch = outbox.claimDue(properties.batchSize(), properties.lease());
		}
	}

	void soon(UUID id) {

		Runnable attempt = () -> executor.execute(() -> deliver(id));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					attempt.run();
				}
			});
		}
		else {
			attempt.run();
		}
	}

	void deliver(UUID id) {
		try {
			outbox.claim(id, properties.lease()).forEach(this::attempt);
		}
		catch (RuntimeException exception) {
			LOG.warn("Could not claim mail {} for delivery; the delivery job will.", id, exception);
		}
	}

	private void attempt(Outbox.Claimed mail) {
		try {
			transport.send(mail.id().toString(), mail.recipient(), mail.subject(), mail.body());
			outbox.sent(mail.id());
		}
		catch (Exception exception) {
			if (mail.attempts() >= properties.maxAttempts()) {
				LOG.error("Gave up mail {} after {} attempts.", mail.id(), mail.attempts(), exception);
				outbox.failed(mail.id());
				return;
			}
			var delay = delay(mail.attempts());
			LOG.warn("Mail {} failed at attempt {}; trying again in {}.", mail.id(), mail.attempts(), delay,
					exception);
			outbox.retryAfter(mail.id(), delay);
		}
	}

	private Duration delay(int attempts) {

		var delay = properties.retryDelay().multipliedBy(1L << Math.min(attempts - 1, 20));
		return delay.compareTo(properties.maxRetryDelay()) > 0 ? properties.maxRetryDelay() : delay;
	}
}
