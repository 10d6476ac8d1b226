package dk.infoskaerm.server.accounts;

import dk.infoskaerm.server.http.RequestBodies;
import dk.infoskaerm.server.http.Responses;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Objects;

/**
 * {@code /api/v1/session}: log in ({@code POST}), who am I and the CSRF token ({@code GET}), log out
 * ({@code DELETE}), change my password ({@code POST /password}).
 */
public final class SessionService implements HttpService {

    private final Accounts accounts;

    /** A service over {@code accounts}. */
    public SessionService(Accounts accounts) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::current)
                .post("/", this::login)
                .delete("/", this::logout)
                .post("/password", this::changePassword);
    }

    record LoginRequest(String username, String password) {
    }

    record PasswordRequest(String currentPassword, String newPassword) {
    }

    record SessionView(AccountView account, String csrfToken) {
    }

    private void current(ServerRequest req, ServerResponse res) {
        Caller caller = accounts.auth().requireSession(req);
        noStore(res);
        Responses.json(res, new SessionView(AccountView.of(caller.account()), caller.csrfToken()));
    }

    private void login(ServerRequest req, ServerResponse res) {
        LoginRequest body = RequestBodies.json(req, LoginRequest.class);
        accounts.auth().sessionId(req).ifPresent(old -> accounts.auth().sessions().delete(SessionStore.hash(old)));
        Accounts.Login login = accounts.login(body.username(), body.password(), req.remotePeer().host());
        res.header(HeaderNames.SET_COOKIE, accounts.auth().cookie(req, login.session().id(), accounts.auth().sessions().absolute()));
        noStore(res);
        Responses.json(res, new SessionView(AccountView.of(login.account()), login.session().csrfToken()));
    }

    private void logout(ServerRequest req, ServerResponse res) {
        accounts.logout(accounts.auth().requireSession(req));
        res.header(HeaderNames.SET_COOKIE, accounts.auth().clearingCookie(req));
        res.status(Status.NO_CONTENT_204).send();
    }

    private void changePassword(ServerRequest req, ServerResponse res) {
        Caller caller = accounts.auth().requireSession(req);
        PasswordRequest body = RequestBodies.json(req, PasswordRequest.class);
        accounts.changePassword(caller, body.currentPassword(), body.newPassword());
        res.status(Status.NO_CONTENT_204).send();
    }

    private static void noStore(ServerResponse res) {
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
    }
}
