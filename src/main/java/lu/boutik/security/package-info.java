/**
 * Token issuing and checking, the filter chain of each realm, security headers and content security policy.
 */
@NullMarked
package lu.boutik.security;

import org.jspecify.annotations.NullMarked;
