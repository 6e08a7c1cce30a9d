/**
 * The one guarded outbound HTTP client: every fetch the platform makes to a URL it did not write itself goes through
 * {@link lu.boutik.core.http.GuardedHttpClient}, which allows only public or explicitly listed destinations, pins the
 * connection to the addresses it checked, checks every redirect again and caps bytes and time.
 */
@NullMarked
package lu.boutik.core.http;

import org.jspecify.annotations.NullMarked;
