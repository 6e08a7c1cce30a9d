/**
 * The Letzshop marketplace: per-store credentials, shipment import into orders, unit confirmation, tracking, store
 * sync, product feeds and the command-line tools that talk to the vendor API.
 */
@NullMarked
package lu.boutik.marketplace;

import org.jspecify.annotations.NullMarked;
