package lu.boutik.core.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into addresses. The guarded client asks once per host and fetch, checks every address it gets
 * and connects only to those; it never asks for IP literals. A bean of this type replaces the system resolver, which
 * lets tests answer without DNS.
 */
@FunctionalInterface
public interface HostResolver {

	/**
	 * @param host a lower-case ASCII host name (IDN already converted), never an IP literal
	 * @return every address of the host; an empty list means the host has none
	 * @throws UnknownHostException when the host does not exist or cannot be looked up
	 */
	List<InetAddress> resolve(String host) throws UnknownHostException;
}
