package lu.boutik.security;

import org.jspecify.annotations.Nullable;

/**
 * The answer of every sign-in: a short-lived bearer access token and, for a session, the opaque refresh token that
 * obtains the next pair.
 *
 * @param accessToken the signed access token
 * @param tokenType always {@code Bearer}
 * @param expiresIn the access token's life in seconds
 * @param refreshToken the single-use refresh token of the session
 */
public record IssuedToken(String accessToken, String tokenType, long expiresIn, @Nullable String refreshToken) {
}
