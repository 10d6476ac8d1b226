package dk.infoskaerm.server.posts;

import dk.infoskaerm.server.http.ApiTexts;
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
 * {@code /api/v1/signup}: the public side of a dialogue meeting's sign-up, for its page {@code /m/{code}}. No account
 * and no session: the code in the QR is the key to the meeting, the secret in the confirmation the key to cancel.
 */
public final class SignUpService implements HttpService {

    /** A sign-up is small: name, contact, number, a question of at most 1000 characters. */
    private static final int MAX_BYTES = 8 * 1024;

    private final SignUps signUps;

    /** A service over {@code signUps}. */
    public SignUpService(SignUps signUps) {
        this.signUps = Objects.requireNonNull(signUps, "signUps");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{code}", this::view)
                .post("/{code}", this::signUp)
                .delete("/{code}/{cancelCode}", this::cancel);
    }

    private void view(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        Responses.json(res, signUps.view(req.path().pathParameters().get("code"), ApiTexts.of(req)));
    }

    private void signUp(ServerRequest req, ServerResponse res) {
        SignUps.Request body = RequestBodies.json(req, SignUps.Request.class, MAX_BYTES);
        SignUps.Confirmation done = signUps.signUp(req.path().pathParameters().get("code"), body,
                req.remotePeer().host());
        res.status(Status.CREATED_201).header(HeaderNames.CACHE_CONTROL, "no-store");
        Responses.json(res, done);
    }

    private void cancel(ServerRequest req, ServerResponse res) {
        signUps.cancel(req.path().pathParameters().get("cancelCode"));
        res.status(Status.NO_CONTENT_204).send();
    }
}
