/**
 * A store's products and variants, and the feed imports that fill them.
 */
@NullMarked
package lu.boutik.catalog;

import org.jspecify.annotations.NullMarked;
