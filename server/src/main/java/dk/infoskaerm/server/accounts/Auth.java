package dk.infoskaerm.server.accounts;

import dk.infoskaerm.server.http.ApiException;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: the session cookie resolved to an account. Every state-changing request must also carry the
 * session's CSRF token in {@code X-CSRF-Token}; the cookie is SameSite=Strict as well, so a forged cross-site
 * request has neither.
 */
public final class Auth {

    /** The session cookie. */
    public static final String COOKIE = "isk_session";
    /** The header carrying the CSRF token. */
    public static final HeaderName CSRF_HEADER = HeaderNames.create("X-CSRF-Token");

    private static final Set<Method> SAFE = Set.of(Method.GET, Method.HEAD, Method.OPTIONS);

    private final SessionStore sessions;
    private static final HeaderName FORWARDED_PROTO = HeaderNames.create("X-Forwarded-Proto");

    private final boolean secureCookies;
    private final String trustedProxy;

    Auth(SessionStore sessions, boolean secureCookies, String trustedProxy) {
        this.sessions = sessions;
        this.secureCookies = secureCookies;
        this.trustedProxy = trustedProxy;
    }

    /** The caller, if the request carries a live session; no CSRF check. */
    public Optional<Caller> find(ServerRequest req) {
        return sessionId(req).flatMap(sessions::find);
    }

    /** The caller; 401 without a session, 403 without the CSRF token on a state-changing request or before the
     * one-time password has been changed. */
    public Caller require(ServerRequest req) {
        Caller caller = requireSession(req);
        if (caller.account().mustChangePassword()) {
            throw new ApiException(Status.FORBIDDEN_403,
                    "auth.changePassword", "password");
        }
        return caller;
    }

    /** An administrator, or 401/403. */
    public Caller requireAdmin(ServerRequest req) {
        Caller caller = require(req);
        if (!caller.isAdmin()) {
            throw forbidden();
        }
        return caller;
    }

    /** Like {@link #require} but allowed while the password must be changed (changing it, logging out). */
    Caller requireSession(ServerRequest req) {
        Caller caller = find(req).orElseThrow(() -> new ApiException(Status.UNAUTHORIZED_401,
                "auth.notLoggedIn", null));
        if (!SAFE.contains(req.prologue().method())) {
            String token = req.headers().first(CSRF_HEADER).orElse("");
            if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                    caller.csrfToken().getBytes(StandardCharsets.UTF_8))) {
                throw new ApiException(Status.FORBIDDEN_403,
                        "auth.csrf", "X-CSRF-Token");
            }
        }
        return caller;
    }

    /** 403 for a caller who may not do this. */
    public static ApiException forbidden() {
        return new ApiException(Status.FORBIDDEN_403, "auth.forbidden", null);
    }

    Optional<String> sessionId(ServerRequest req) {
        return req.headers().cookies().first(COOKIE).asOptional();
    }

    String cookie(ServerRequest req, String sessionId, Duration maxAge) {
        return COOKIE + "=" + sessionId + "; Path=/; Max-Age=" + maxAge.toSeconds() + "; HttpOnly; SameSite=Strict"
                + (overHttps(req) ? "; Secure" : "");
    }

    String clearingCookie(ServerRequest req) {
        return cookie(req, "", Duration.ZERO);
    }

    /** Configured so, or told so by the trusted proxy (the header from anyone else is ignored). */
    private boolean overHttps(ServerRequest req) {
        return secureCookies || !trustedProxy.isEmpty() && trustedProxy.equals(req.remotePeer().host())
                && req.headers().value(FORWARDED_PROTO).map(p -> p.strip().equalsIgnoreCase("https")).orElse(false);
    }

    SessionStore sessions() {
        return sessions;
    }
}
