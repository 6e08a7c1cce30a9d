/**
 * Letzshop's GraphQL vendor API: documents loaded from resources, values sent only as variables, typed failures.
 */
@NullMarked
package lu.boutik.marketplace.client;

import org.jspecify.annotations.NullMarked;
