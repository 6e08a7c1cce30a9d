/**
 * Secrets at rest: values such as marketplace API keys are sealed with AES-GCM under rotating keys before they are
 * stored, and opened only where they are used.
 */
@NullMarked
package lu.boutik.core.crypto;

import org.jspecify.annotations.NullMarked;
