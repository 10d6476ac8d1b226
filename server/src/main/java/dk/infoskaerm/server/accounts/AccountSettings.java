package dk.infoskaerm.server.accounts;

import java.time.Duration;

/**
 * How accounts, logins and sessions behave.
 *
 * @param bcryptCost the bcrypt work factor of password hashes
 * @param maxFailuresPerAccount failed logins of one account within the window before it is refused
 * @param maxFailuresPerIp failed logins from one address within the window before it is refused
 * @param loginWindow the window the failures are counted in
 * @param sessionIdle how long a session lasts without requests
 * @param sessionAbsolute how long a session lasts at most
 * @param secureCookies whether the session cookie is sent over HTTPS only
 */
public record AccountSettings(int bcryptCost, int maxFailuresPerAccount, int maxFailuresPerIp, Duration loginWindow,
                              Duration sessionIdle, Duration sessionAbsolute, boolean secureCookies) {
}
