/**
 * Error reports to Sentry, enabled by {@code SENTRY_DSN}, stripped of personal data and credentials before they
 * leave the process.
 */
@NullMarked
package lu.boutik.core.observability;

import org.jspecify.annotations.NullMarked;
