/**
 * Platform admins, merchants, stores and their members, and the sign-in of each of these realms.
 */
@NullMarked
package lu.boutik.tenancy;

import org.jspecify.annotations.NullMarked;
