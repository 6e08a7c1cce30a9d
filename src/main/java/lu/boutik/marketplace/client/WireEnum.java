package lu.boutik.marketplace.client;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Maps Boutik's enums to the lower-case names Letzshop's schema uses, refusing anything the schema does not list.
 */
final class WireEnum {

	private WireEnum() {
	}

	static String wire(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

	static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {

		for (var candidate : type.getEnumConstants()) {
			if (wire(candidate).equals(value)) {
				return candidate;
			}
		}
		throw new LetzshopRefused(field + " must be one of " + Arrays.stream(type.getEnumConstants())
				.map(WireEnum::wire).collect(Collectors.joining(", ")));
	}
}
