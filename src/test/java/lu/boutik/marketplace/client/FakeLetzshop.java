package lu.boutik.marketplace.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.ParseAndValidate;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Letzshop as the tests see it: an HTTP server on 127.0.0.1 that validates every incoming document against
 * {@code letzshop/schema.graphqls}, refuses invalid ones, executes valid ones over fixtures (with cursor pagination)
 * and records each request it received. Outages, slow answers and GraphQL errors can be scheduled.
 */
public final class FakeLetzshop implements AutoCloseable {

	public static final String API_KEY = "test-shop-manager-key";

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static @Nullable FakeLetzshop shared;

	private final HttpServer server;
	private final GraphQLSchema schema;
	private final GraphQL graphQl;
	private final List<Received> received = new CopyOnWriteArrayList<>();
	private final List<Map<String, Object>> shipments = new CopyOnWriteArrayList<>();
	private final List<Fault> faults = new CopyOnWriteArrayList<>();
	private volatile @Nullable Map<String, Object> vendor;
	private volatile boolean losesTracking;

	private FakeLetzshop() {

		this.schema = executableSchema();
		this.graphQl = GraphQL.newGraphQL(schema).build();

		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
		server.createContext("/graphql", this::handle);
		server.start();
	}

	public static FakeLetzshop start() {
		return new FakeLetzshop();
	}

	/** One server for the whole test run, so that every Spring test shares one application context. */
	public static synchronized FakeLetzshop shared() {

		if (shared == null) {
			shared = start();
		}
		return shared;
	}

	public URI endpoint() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/graphql");
	}

	public void reset() {

		received.clear();
		shipments.clear();
		faults.clear();
		vendor = null;
		losesTracking = false;
	}

	// fixtures

	public FakeLetzshop shipments(List<Map<String, Object>> fixtures) {

		fixtures.forEach(it -> shipments.add(deepCopy(it)));
		return this;
	}

	public FakeLetzshop vendor(Map<String, Object> vendor) {

		this.vendor = deepCopy(vendor);
		return this;
	}

	/** Letzshop has been seen to drop tracking numbers it accepted. */
	public FakeLetzshop losingTracking() {

		this.losesTracking = true;
		return this;
	}

	public @Nullable Map<String, Object> shipment(String id) {
		return shipments.stream().filter(it -> id.equals(it.get("id"))).findFirst().orElse(null);
	}

	// faults

	/** Answers the next {@code count} requests whose document matches with the given HTTP status. */
	public FakeLetzshop failing(int count, int status, Predicate<Received> matching) {

		faults.add(new Fault(new AtomicInteger(count), matching, status, Duration.ZERO, null));
		return this;
	}

	public FakeLetzshop failing(int count, int status) {
		return failing(count, status, any -> true);
	}

	public FakeLetzshop slow(int count, Duration delay) {

		faults.add(new Fault(new AtomicInteger(count), any -> true, 0, delay, null));
		return this;
	}

	public FakeLetzshop answeringErrors(int count, String message) {

		faults.add(new Fault(new AtomicInteger(count), any -> true, 0, Duration.ZERO, message));
		return this;
	}

	// what was received

	public List<Received> received() {
		return List.copyOf(received);
	}

	public List<Received> received(LetzshopDocument document) {
		return received.stream().filter(it -> it.query().equals(document.text())).toList();
	}

	@Override
	public void close() {
		server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {

		try (exchange) {

			var body = exchange.getRequestBody().readAllBytes();
			var authorization = exchange.getRequestHeaders().getFirst("Authorization");
			var contentType = exchange.getRequestHeaders().getFirst("Content-Type");

			if (!"POST".equals(exchange.getRequestMethod())) {
				respond(exchange, 405, Map.of("errors", List.of(Map.of("message", "POST only"))));
				return;
			}

			Map<String, Object> request = JSON.readValue(body, new TypeReference<>() {});
			var query = (String) request.get("query");
			@SuppressWarnings("unchecked")
			var variables = (Map<String, Object>) request.getOrDefault("variables", Map.of());
			var input = ExecutionInput.newExecutionInput().query(query == null ? "" : query)
					.variables(variables == null ? Map.of() : variables).build();
			var validation = ParseAndValidate.parseAndValidate(schema, input);
			var receipt = new Received(query == null ? "" : query, variables == null ? Map.of() : variables,
					Objects.toString(authorization, ""), Objects.toString(contentType, ""), body,
					!validation.isFailure());
			received.add(receipt);

			if (!receipt.valid()) {
				var errors = validation.getErrors().stream().map(it -> Map.of("message", it.getMessage())).toList();
				respond(exchange, 400, Map.of("errors", errors));
				return;
			}
			if (!("Bearer " + API_KEY).equals(authorization)) {
				respond(exchange, 401, Map.of("errors", List.of(Map.of("message", "Unauthorized"))));
				return;
			}

			var fault = faults.stream().filter(it -> it.applies(receipt)).findFirst();

			if (fault.isPresent()) {

				var it = fault.get();
				if (!it.delay().isZero()) {
					sleep(it.delay());
				}
				if (it.status() != 0) {
					respond(exchange, it.status(), Map.of("errors", List.of(Map.of("message", "Unavailable"))));
					return;
				}
				if (it.message() != null) {
					respond(exchange, 200, Map.of("data", new LinkedHashMap<>(), "errors",
							List.of(Map.of("message", it.message()))));
					return;
				}
			}

			respond(exchange, 200, graphQl.execute(input).toSpecification());

		} catch (RuntimeException e) {
			respond(exchange, 500, Map.of("errors", List.of(Map.of("message", "Fake failed: " + e))));
		}
	}

	private static void respond(HttpExchange exchange, int status, Object body) throws IOException {

		var bytes = JSON.writeValueAsBytes(body);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	private GraphQLSchema executableSchema() {

		try (var in = FakeLetzshop.class.getClassLoader().getResourceAsStream("letzshop/schema.graphqls")) {

			var registry = new SchemaParser().parse(new String(Objects.requireNonNull(in).readAllBytes(),
					StandardCharsets.UTF_8));
			var wiring = RuntimeWiring.newRuntimeWiring()
					.type("Query", type -> type
							.dataFetcher("shipments", this::shipmentsPage)
							.dataFetcher("shipment", env -> shipment(env.getArgument("id")))
							.dataFetcher("vendor", env -> vendor))
					.type("Mutation", type -> type
							.dataFetcher("confirmInventoryUnits", this::confirm)
							.dataFetcher("setShipmentTracking", this::track))
					.type("ProductBrand", type -> type.typeResolver(env -> env.getSchema()
							.getObjectType((String) ((Map<?, ?>) env.getObject()).get("__typename"))))
					.build();
			return new SchemaGenerator().makeExecutableSchema(registry, wiring);

		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Map<String, Object> shipmentsPage(DataFetchingEnvironment env) {

		String state = env.getArgument("state");
		Integer first = env.getArgument("first");
		String after = env.getArgument("after");

		var matching = shipments.stream().filter(it -> state == null || state.equals(it.get("state"))).toList();
		if (after != null && !after.matches("cursor-[0-9]{1,6}")) {
			throw new IllegalArgumentException("Invalid cursor");
		}
		var start = after == null ? 0 : Integer.parseInt(after.substring("cursor-".length()));
		var size = first == null ? 20 : first;
		var end = Math.min(matching.size(), start + size);
		var page = matching.subList(Math.min(start, end), end);

		var pageInfo = new LinkedHashMap<String, Object>();
		pageInfo.put("hasNextPage", end < matching.size());
		pageInfo.put("endCursor", page.isEmpty() ? null : "cursor-" + end);

		return Map.of("nodes", page, "pageInfo", pageInfo, "totalCount", matching.size());
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> confirm(DataFetchingEnvironment env) {

		Map<String, Object> input = env.getArgument("input");
		var confirmations = (List<Map<String, Object>>) input.get("inventoryUnits");
		var units = new ArrayList<Map<String, Object>>();
		var errors = new ArrayList<Map<String, Object>>();

		for (var confirmation : confirmations) {

			var id = (String) confirmation.get("inventoryUnitId");
			var available = (Boolean) confirmation.get("isAvailable");
			var found = false;

			for (var shipment : shipments) {
				for (var unit : (List<Map<String, Object>>) shipment.get("inventoryUnits")) {
					if (id.equals(unit.get("id"))) {
						unit.put("state", available ? "confirmed_available" : "confirmed_unavailable");
						shipment.put("state", shipmentState(shipment));
						units.add(unit);
						found = true;
					}
				}
			}
			if (!found) {
				errors.add(Map.of("id", id, "code", "not_found", "message", "No such inventory unit"));
			}
		}
		return Map.of("inventoryUnits", units, "errors", errors);
	}

	@SuppressWarnings("unchecked")
	private static String shipmentState(Map<String, Object> shipment) {

		var states = ((List<Map<String, Object>>) shipment.get("inventoryUnits")).stream()
				.map(it -> it.get("state")).toList();

		if (states.contains("unconfirmed")) {
			return "unconfirmed";
		}
		return states.contains("confirmed_available") ? "confirmed" : "declined";
	}

	private Map<String, Object> track(DataFetchingEnvironment env) {

		Map<String, Object> input = env.getArgument("input");
		var shipment = shipment((String) input.get("shipmentId"));

		if (shipment == null) {
			return Map.of("errors", List.of(Map.of("id", input.get("shipmentId"), "code", "not_found",
					"message", "No such shipment")));
		}
		if (!losesTracking) {
			var tracking = new LinkedHashMap<String, Object>();
			tracking.put("code", input.get("code"));
			tracking.put("carrier", input.get("carrier"));
			shipment.put("tracking", tracking);
		}
		return Map.of("shipment", shipment, "errors", List.of());
	}

	private static Map<String, Object> deepCopy(Map<String, Object> source) {
		return JSON.readValue(JSON.writeValueAsBytes(source), new TypeReference<>() {});
	}

	private static void sleep(Duration delay) {

		try {
			Thread.sleep(delay);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** One request as it arrived. */
	public record Received(String query, Map<String, Object> variables, String authorization, String contentType,
			byte[] body, boolean valid) {

		public String rawBody() {
			return new String(body, StandardCharsets.UTF_8);
		}
	}

	private record Fault(AtomicInteger remaining, Predicate<Received> matching, int status, Duration delay,
			@Nullable String message) {

		boolean applies(Received received) {
			return matching.test(received) && remaining.getAndUpdate(it -> it > 0 ? it - 1 : 0) > 0;
		}
	}
}
