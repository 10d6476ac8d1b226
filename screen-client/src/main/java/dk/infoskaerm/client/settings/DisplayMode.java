package dk.infoskaerm.client.settings;

import java.util.Locale;

/** How the client shows its frames. */
public enum DisplayMode {
    /** A normal window of the configured size. */
    WINDOW,
    /** A full-screen window on the default screen. */
    FULLSCREEN,
    /** No display: frames are written as PNG files. */
    HEADLESS;

    /** The word used in the settings file. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
