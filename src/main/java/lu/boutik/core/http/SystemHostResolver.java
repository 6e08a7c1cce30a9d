package lu.boutik.core.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Resolves through the JVM's resolver, which consults the operating system (hosts file, DNS).
 */
class SystemHostResolver implements HostResolver {

	@Override
	public List<InetAddress> resolve(String host) throws UnknownHostException {
		return List.of(InetAddress.getAllByName(host));
	}
}
