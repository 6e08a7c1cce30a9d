/**
 * Shared kernel: identifiers, money, clock, secure randomness, problem details, safe outbound HTTP, file storage and
 * the configuration checks that guard production.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package lu.boutik.core;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
