package dk.infoskaerm.client.feed;

import java.net.URI;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The Danish texts a technician reads on the status screen, from the {@code Notices} resource bundle. */
public final class Notices {

    private static final Locale DANISH = Locale.of("da", "DK");
    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("dk.infoskaerm.client.feed.Notices", DANISH);

    private Notices() {
    }

    /** The server does not know {@code screenId} (404). */
    static TechnicianNotice unknownScreen(String screenId, URI server) {
        return notice("unknown", screenId, server.toString(), "");
    }

    /** The server cannot be reached and there is no cached feed to show. */
    static TechnicianNotice unreachable(String screenId, URI server) {
        return notice("unreachable", screenId, server.toString(), "");
    }

    /** The server refuses the device token with {@code status} (401 or 403). */
    public static TechnicianNotice refusedToken(String screenId, URI server, int status) {
        return notice("token", screenId, server.toString(), String.valueOf(status));
    }

    /**
     * The settings file {@code file} is incomplete or wrong at {@code key}, or as a whole when {@code key} is null;
     * {@code screenId} and {@code serverUrl} are what the file says, or null.
     */
    public static TechnicianNotice settings(Path file, String key, String screenId, String serverUrl) {
        String kind = key == null ? "file" : "settings";
        return new TechnicianNotice(screenId, serverUrl, format(kind + ".problem", file, key),
                format(kind + ".remedy", file, key));
    }

    private static TechnicianNotice notice(String kind, String screenId, String server, String detail) {
        return new TechnicianNotice(screenId, server, format(kind + ".problem", screenId, server, detail),
                format(kind + ".remedy", screenId, server, detail));
    }

    private static String format(String key, Object... arguments) {
        return new MessageFormat(BUNDLE.getString(key), DANISH).format(arguments);
    }
}
