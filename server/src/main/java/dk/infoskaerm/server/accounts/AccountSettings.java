package dk.infoskaerm.server.accounts;

import java.time.Duration;

/**
 * How accounts, logins and sessions behave.
 *
 * @param bcryptCost the bcrypt work factor of password hashes
 * @param maxFailuresPerIp failed logins from one address within the window before that address is refused
 * @param loginWindow the window the failures are counted in
 * @param accountDelayPerFailure how much longer each login to an account waits per failure on it in the window
 * @param accountMaxDelay the longest such wait (an account is slowed down, never refused)
 * @param sessionIdle how long a session lasts without requests
 * @param sessionAbsolute how long a session lasts at most
 * @param secureCookies whether the session cookie is sent over HTTPS only
 * @param trustedProxy the address of the reverse proxy whose {@code X-Forwarded-Proto: https} marks the cookie
 *                     Secure, or blank for none
 */
public record AccountSettings(int bcryptCost, int maxFailuresPerIp, Duration loginWindow,
                              Duration accountDelayPerFailure, Duration accountMaxDelay,
                              Duration sessionIdle, Duration sessionAbsolute, boolean secureCookies,
                              String trustedProxy) {
}
