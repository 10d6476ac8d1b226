package dk.infoskaerm.server.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Every JSON body a handler reads through {@link RequestBodies} decodes to its record or is refused with a 4xx
 * {@link ApiException}, and the shared field checks the services apply (times with {@link RequestBodies#instant},
 * text with {@link PlainText}) refuse with a 4xx too; nothing else escapes to become a 500. The checks against the
 * database (areas exist, permissions) are not run here. The first byte picks the body type, the rest is the body.
 */
// a hang detector, not a timing goal: also Jazzer's per-input timeout while fuzzing
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RequestBodiesFuzzTest {

    // what RequestBodies.json(req, type) is called with, handler by handler
    private static final List<Class<?>> BODY_TYPES = types(
            "posts.Posts$PostRequest",
            "web.PreviewService$PreviewRequest",
            "urgent.UrgentMessages$UrgentRequest",
            "posts.Meetings$Meeting",
            "posts.ModerationService$RejectRequest",
            "posts.ModerationService$AreaRequest",
            "areas.AreaService$AreaInput",
            "accounts.SessionService$LoginRequest",
            "accounts.SessionService$PasswordRequest",
            "accounts.Accounts$AccountRequest",
            "screens.ScreenAdmin$ScreenInput",
            "screens.Heartbeat");
    private static final Set<String> TIME_FIELDS = Set.of("visibleFrom", "visibleUntil", "expiresAt", "start", "end");
    private static final Set<String> LINK_FIELDS = Set.of("link", "url", "signUp");

    @FuzzTest(maxDuration = "60s")
    void jsonBodies(byte[] input) throws ReflectiveOperationException {
        if (input.length == 0) {
            return;
        }
        Class<?> type = BODY_TYPES.get(Math.floorMod(input[0], BODY_TYPES.size()));
        byte[] body = Arrays.copyOfRange(input, 1, input.length);
        Object value;
        try {
            value = RequestBodies.read(body, type);
        } catch (ApiException refused) {
            assertClientError(refused);
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getType() == String.class && !component.getName().equals("screenshot")) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true); // the body records are package-private in their services' packages
                checkField(component.getName(), (String) accessor.invoke(value));
            }
        }
    }

    private static void checkField(String name, String text) {
        try {
            if (TIME_FIELDS.contains(name)) {
                RequestBodies.instant(text, name);
            } else if (LINK_FIELDS.contains(name)) {
                PlainText.url(text, name, 2000);
            } else {
                PlainText.field(text, name, 1000, false);
            }
        } catch (ApiException refused) {
            assertClientError(refused);
        }
    }

    private static void assertClientError(ApiException e) {
        int code = e.status().code();
        assertTrue(code >= 400 && code < 500, "a refused body is the caller's error: " + code + " " + e.getMessage());
    }

    private static List<Class<?>> types(String... names) {
        try {
            Class<?>[] types = new Class<?>[names.length];
            for (int i = 0; i < names.length; i++) {
                types[i] = Class.forName("dk.infoskaerm.server." + names[i]);
            }
            return List.of(types);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a body type was renamed: " + e.getMessage(), e);
        }
    }
}
