package dk.infoskaerm.client.feed;

import java.net.URI;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The Danish texts a technician reads on the screen, from the {@code Notices} resource bundle. */
final class Notices {

    private static final Locale DANISH = Locale.of("da", "DK");
    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("dk.infoskaerm.client.feed.Notices", DANISH);

    private Notices() {
    }

    /** The server does not know {@code screenId}. */
    static String unknownScreen(String screenId, URI server) {
        return new MessageFormat(BUNDLE.getString("screen.unknown"), DANISH).format(new Object[] {screenId,
                server.toString()});
    }
}
