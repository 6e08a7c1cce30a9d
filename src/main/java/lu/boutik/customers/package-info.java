/**
 * The customer accounts of each store's storefront: registration with email verification, sign-in and recovery.
 */
@NullMarked
package lu.boutik.customers;

import org.jspecify.annotations.NullMarked;
