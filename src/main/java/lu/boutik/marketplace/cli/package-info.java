/**
 * The {@code letzshop} command line, run from the application's main without starting the platform.
 */
@NullMarked
@NamedInterface("cli")
package lu.boutik.marketplace.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
