/**
 * Files kept on the platform's disk under keys the server makes, so that no user input ever becomes a path.
 */
@NullMarked
package lu.boutik.core.files;

import org.jspecify.annotations.NullMarked;
