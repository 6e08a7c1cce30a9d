/**
 * Settings that describe the deployment, and the start-up checks that keep production from running on insecure ones.
 */
@NullMarked
package lu.boutik.core.config;

import org.jspecify.annotations.NullMarked;
