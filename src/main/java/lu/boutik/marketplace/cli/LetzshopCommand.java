package lu.boutik.marketplace.cli;

import java.io.PrintStream;
import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;

import lu.boutik.marketplace.client.GuardedLetzshopTransport;
import lu.boutik.marketplace.client.Letzshop;
import lu.boutik.marketplace.client.LetzshopClient;
import lu.boutik.marketplace.client.LetzshopEndpoint;
import lu.boutik.marketplace.client.LetzshopFailure;
import lu.boutik.marketplace.client.LetzshopRefused;
import lu.boutik.marketplace.client.LetzshopRejected;
import lu.boutik.marketplace.client.LetzshopTransport;
import lu.boutik.marketplace.client.LetzshopUnauthorized;
import lu.boutik.marketplace.client.LetzshopUnavailable;
import lu.boutik.marketplace.client.RetryPolicy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code letzshop} command line: asks Letzshop something with the same client and documents as the platform,
 * prints the answer as JSON on standard output and exits 0, or prints an error on standard error and exits non-zero.
 * It starts neither the web server nor a database.
 * <p>
 * The endpoint comes from {@code BOUTIK_LETZSHOP_ENDPOINT} (default Letzshop's public one) and the key from
 * {@code LETZSHOP_API_KEY}; the endpoint's host is the only one the outbound client allows.
 */
public final class LetzshopCommand {

	public static final String NAME = "letzshop";

	static final int OK = 0;
	static final int USAGE = 2;
	static final int NOT_FOUND = 3;
	static final int REFUSED = 4;
	static final int UNAVAILABLE = 5;

	private static final String USAGE_TEXT = """
			usage: letzshop introspect              prints the schema the endpoint reports
			       letzshop check-shipment <id>     prints one shipment
			environment: LETZSHOP_API_KEY (required), BOUTIK_LETZSHOP_ENDPOINT (default %s)"""
			.formatted(LetzshopEndpoint.PUBLIC_ENDPOINT);

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final Supplier<LetzshopTransport> transports;
	private final PrintStream out;
	private final PrintStream err;

	LetzshopCommand(Supplier<LetzshopTransport> transports, PrintStream out, PrintStream err) {

		this.transports = transports;
		this.out = out;
		this.err = err;
	}

	/** Whether the arguments ask for a {@code letzshop} command rather than the platform. */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && NAME.equals(args[0]);
	}

	/**
	 * Runs the command the arguments name against Letzshop and returns the exit status. Log lines go to standard
	 * error, so that standard output carries only the answer.
	 */
	public static int run(String[] args) {

		System.setProperty("logback.configurationFile", "letzshop/command-line-logback.xml");
		return new LetzshopCommand(GuardedLetzshopTransport::standalone, System.out, System.err)
				.run(args, System.getenv());
	}

	int run(String[] args, Map<String, String> environment) {

		if (args.length < 2) {
			return usage("no command given");
		}

		try {
			return switch (args[1]) {
				case "introspect" -> args.length == 2 ? introspect(environment) : usage("introspect takes no argument");
				case "check-shipment" -> args.length == 3 ? checkShipment(environment, args[2])
						: usage("check-shipment takes one shipment id");
				default -> usage("unknown command " + args[1]);
			};

		} catch (CommandLineMistake e) {
			return fail(USAGE, e.getMessage());
		} catch (LetzshopUnauthorized e) {
			return fail(REFUSED, e.getMessage() + "; check LETZSHOP_API_KEY");
		} catch (LetzshopRejected | LetzshopRefused e) {
			return fail(REFUSED, e.getMessage());
		} catch (LetzshopUnavailable e) {
			return fail(UNAVAILABLE, e.getMessage());
		} catch (LetzshopFailure e) {
			return fail(REFUSED, e.getMessage());
		}
	}

	private int introspect(Map<String, String> environment) {

		var endpoint = endpoint(environment);
		return print(letzshop().introspect(endpoint));
	}

	private int checkShipment(Map<String, String> environment, String id) {

		var endpoint = endpoint(environment);
		var shipment = letzshop().shipmentAsJson(endpoint, id);

		if (shipment.isNull() || shipment.isMissingNode()) {
			return fail(NOT_FOUND, "Letzshop knows no shipment with that id");
		}
		return print(shipment);
	}

	private Letzshop letzshop() {
		return new Letzshop(new LetzshopClient(transports.get(), RetryPolicy.DEFAULT));
	}

	private static LetzshopEndpoint endpoint(Map<String, String> environment) {

		var key = environment.getOrDefault("LETZSHOP_API_KEY", "");
		if (key.isBlank()) {
			throw new CommandLineMistake("LETZSHOP_API_KEY is not set");
		}

		var configured = environment.getOrDefault("BOUTIK_LETZSHOP_ENDPOINT", "");
		try {
			var uri = configured.isBlank() ? LetzshopEndpoint.PUBLIC_ENDPOINT : URI.create(configured.strip());
			return new LetzshopEndpoint(uri, key.strip());
		} catch (IllegalArgumentException e) {
			throw new CommandLineMistake("BOUTIK_LETZSHOP_ENDPOINT is not a URL");
		}
	}

	private int print(JsonNode answer) {

		out.println(JSON.writeValueAsString(answer));
		out.flush();
		return OK;
	}

	private int usage(String problem) {

		err.println("letzshop: " + problem);
		err.println(USAGE_TEXT);
		return USAGE;
	}

	private int fail(int status, String message) {

		err.println("letzshop: " + message);
		return status;
	}

	/** A missing or malformed setting of the command line itself. */
	private static final class CommandLineMistake extends RuntimeException {

		CommandLineMistake(String message) {
			super(message, null, false, false);
		}
	}
}
