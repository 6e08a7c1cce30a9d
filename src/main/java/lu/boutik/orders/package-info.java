/**
 * Checkout and the orders of a store, from its storefront and from the marketplace, in one model.
 */
@NullMarked
package lu.boutik.orders;

import org.jspecify.annotations.NullMarked;
