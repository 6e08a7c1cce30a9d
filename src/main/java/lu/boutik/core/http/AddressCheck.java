package lu.boutik.core.http;

import java.net.InetAddress;

import org.jspecify.annotations.Nullable;

/**
 * Decides whether a resolved address may be connected to. Production uses {@link SpecialAddresses#refusal}, which
 * admits public addresses only.
 */
@FunctionalInterface
interface AddressCheck {

	/** Why the address may not be connected to, or {@code null} when it may. */
	@Nullable
	String refusal(InetAddress address);
}
