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
 * {@code /api/v1/accounts}, for administrators: list, invite (create with a one-time password), change areas,
 * role and disabled state, reset a password.
 */
public final class AccountService implements HttpService {

    private final Accounts accounts;

    /** A service over {@code accounts}. */
    public AccountService(Accounts accounts) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .post("/", this::invite)
                .get("/{id}", this::get)
                .put("/{id}", this::update)
                .post("/{id}/password-reset", this::resetPassword);
    }

    record InviteView(AccountView account, String oneTimePassword) {
    }

    record ResetView(String oneTimePassword) {
    }

    private void list(ServerRequest req, ServerResponse res) {
        accounts.auth().requireAdmin(req);
        Responses.json(res, accounts.list().stream().map(AccountView::of).toList());
    }

    private void invite(ServerRequest req, ServerResponse res) {
        Caller admin = accounts.auth().requireAdmin(req);
        Accounts.Invited invited = accounts.invite(admin, RequestBodies.json(req, Accounts.AccountRequest.class));
        res.status(Status.CREATED_201).header(HeaderNames.CACHE_CONTROL, "no-store");
        res.header(HeaderNames.LOCATION, "/api/v1/accounts/" + invited.account().id());
        Responses.json(res, new InviteView(AccountView.of(invited.account()), invited.oneTimePassword()));
    }

    private void get(ServerRequest req, ServerResponse res) {
        accounts.auth().requireAdmin(req);
        Responses.json(res, AccountView.of(accounts.require(req.path().pathParameters().get("id"))));
    }

    private void update(ServerRequest req, ServerResponse res) {
        Caller admin = accounts.auth().requireAdmin(req);
        Accounts.AccountRequest body = RequestBodies.json(req, Accounts.AccountRequest.class);
        Responses.json(res, AccountView.of(accounts.update(admin, req.path().pathParameters().get("id"), body)));
    }

    private void resetPassword(ServerRequest req, ServerResponse res) {
        Caller admin = accounts.auth().requireAdmin(req);
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        Responses.json(res, new ResetView(accounts.resetPassword(admin, req.path().pathParameters().get("id"))));
    }
}
