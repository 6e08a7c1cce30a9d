package lu.boutik.orders;

import lu.boutik.core.SecureCodes;

/**
 * Order numbers that can be read over the phone and reveal nothing: ten random base-32 characters (50 bits) in two
 * groups, such as {@code 7K3MQ-X9P2D}. They say neither how many orders a store has nor which came first.
 */
final class OrderNumbers {

	static final int GROUP = 5;

	private OrderNumbers() {
	}

	static String next() {
		return SecureCodes.base32(GROUP) + "-" + SecureCodes.base32(GROUP);
	}
}
