package lu.boutik.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long mailed links stay good, and how long answers that must not reveal an account take.
 *
 * @param verificationTtl the life of an email-verification link
 * @param invitationTtl the life of an invitation link
 * @param passwordResetTtl the life of a password-reset link
 * @param steadyAnswerTime the least time that forgot-password, resend-verification and registration take, so that
 *        their answer time says nothing of whether the account exists
 */
@ConfigurationProperties("boutik.accounts")
record AccountProperties(
		@DefaultValue("48h") Duration verificationTtl,
		@DefaultValue("7d") Duration invitationTtl,
		@DefaultValue("30m") Duration passwordResetTtl,
		@DefaultValue("250ms") Duration steadyAnswerTime) {
}
