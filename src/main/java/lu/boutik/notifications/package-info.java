/**
 * Email from templates per language, written to a persistent outbox and delivered over SMTP by the job queue.
 */
@NullMarked
package lu.boutik.notifications;

import org.jspecify.annotations.NullMarked;
