package lu.boutik.marketplace.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Every GraphQL document Boutik sends to Letzshop, each read once from a file under {@code letzshop/} in the
 * classpath. Being an enum, the set is closed at compile time: no code path can make a document from run-time data,
 * so a value reaches Letzshop only as a variable. The files are validated against {@code letzshop/schema.graphqls}
 * by the build.
 */
public enum LetzshopDocument {

	SHIPMENTS("shipments"),
	SHIPMENT("shipment"),
	CONFIRM_INVENTORY_UNITS("confirm-inventory-units"),
	SET_SHIPMENT_TRACKING("set-shipment-tracking"),
	VENDOR("vendor"),
	INTROSPECTION("introspection");

	static final String FOLDER = "letzshop/";

	private final String resource;
	private final String text;

	LetzshopDocument(String name) {

		this.resource = FOLDER + name + ".graphql";
		this.text = read(resource);
	}

	public String resource() {
		return resource;
	}

	/** The document exactly as the resource file holds it; written into a request only by serialisation. */
	@JsonValue
	String text() {
		return text;
	}

	private static String read(String resource) {

		try (var in = LetzshopDocument.class.getClassLoader().getResourceAsStream(resource)) {

			if (in == null) {
				throw new IllegalStateException("Missing GraphQL document " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);

		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
