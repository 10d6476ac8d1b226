package dk.infoskaerm.server.screens;

import dk.infoskaerm.server.http.ApiException;
import dk.infoskaerm.server.http.RequestBodies;
import dk.infoskaerm.server.posts.Images;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.util.Base64;
import java.util.Objects;

/** {@code POST /api/v1/screens/{id}/heartbeat}: a screen, with its device token, says it is alive. */
public final class HeartbeatService implements HttpService {

    /** Largest screenshot accepted, decoded. */
    public static final int MAX_SCREENSHOT_BYTES = 1024 * 1024;
    private static final int MAX_BODY_BYTES = MAX_SCREENSHOT_BYTES * 4 / 3 + 16 * 1024;

    private final ScreenRepository screens;
    private final ScreenStatusRepository statuses;
    private final Clock clock;

    /** A service recording heartbeats of {@code screens} in {@code statuses}. */
    public HeartbeatService(ScreenRepository screens, ScreenStatusRepository statuses, Clock clock) {
        this.screens = Objects.requireNonNull(screens, "screens");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/{id}/heartbeat", this::heartbeat);
    }

    private void heartbeat(ServerRequest req, ServerResponse res) {
        String id = req.path().pathParameters().get("id");
        requireDevice(id, req.headers().value(HeaderNames.AUTHORIZATION).orElse(""));
        Heartbeat beat = validate(RequestBodies.json(req, Heartbeat.class, MAX_BODY_BYTES));
        statuses.record(id, beat, screenshot(beat.screenshot()), clock.instant());
        res.status(Status.NO_CONTENT_204).send();
    }

    private void requireDevice(String screenId, String authorization) {
        String token = authorization.startsWith("Bearer ") ? authorization.substring(7).trim() : null;
        if (!DeviceTokens.matches(token, screens.tokenHash(screenId).orElse(null))) {
            throw new ApiException(Status.UNAUTHORIZED_401,
                    "heartbeat.token", "Authorization");
        }
    }

    private static Heartbeat validate(Heartbeat beat) {
        requireText(beat.clientVersion(), "clientVersion", 50);
        requireText(beat.showing(), "showing", 200);
        if (beat.uptimeSeconds() < 0) {
            throw new ApiException(Status.UNPROCESSABLE_CONTENT_422, "heartbeat.uptime", "uptimeSeconds");
        }
        return beat;
    }

    private static void requireText(String value, String field, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new ApiException(Status.UNPROCESSABLE_CONTENT_422,
                    "heartbeat.field", field, field, max);
        }
    }

    private static byte[] screenshot(String base64) {
        if (base64 == null || base64.isEmpty()) {
            return null;
        }
        byte[] png;
        try {
            png = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new ApiException(Status.UNPROCESSABLE_CONTENT_422, "heartbeat.screenshotBase64", "screenshot");
        }
        if (png.length > MAX_SCREENSHOT_BYTES) {
            throw new ApiException(Status.REQUEST_ENTITY_TOO_LARGE_413,
                    "heartbeat.screenshotTooLarge", "screenshot", png.length);
        }
        // decoded and written anew: a PNG signature followed by HTML is refused, and only pixels are stored
        return Images.screenshotPng(png);
    }
}
