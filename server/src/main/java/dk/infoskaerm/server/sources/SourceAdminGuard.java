package dk.infoskaerm.server.sources;

import dk.infoskaerm.server.http.ApiException;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Until administrator sessions exist: refuses every request except those carrying {@code X-Test-Admin} with the
 * value of {@code infoskaerm.sources.test-admin-token}. With the key unset (production) it refuses all.
 */
public final class SourceAdminGuard implements Consumer<ServerRequest> {

    /** The header tests send. */
    public static final HeaderName HEADER = HeaderNames.create("X-Test-Admin");

    private final byte[] token;

    /** A guard accepting {@code token}; blank accepts nobody. */
    public SourceAdminGuard(String token) {
        this.token = Objects.requireNonNull(token, "token").isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void accept(ServerRequest req) {
        String sent = req.headers().value(HEADER).orElse(null);
        if (sent == null) {
            throw new ApiException(Status.UNAUTHORIZED_401, "Du skal være logget ind som administrator.", null);
        }
        if (token == null || !MessageDigest.isEqual(token, sent.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(Status.FORBIDDEN_403, "Kun administratorer må se og ændre kilder.", null);
        }
    }
}
