package dk.infoskaerm.client.settings;

import java.util.Optional;

/** A settings file that is missing or holds a wrong value; the message names the file, the key and the reason. */
public final class SettingsException extends Exception {

    private static final long serialVersionUID = 1L;
    private final String key;

    /** A problem with {@code key} in {@code file}. */
    public SettingsException(String file, String key, String reason) {
        super(file + ": key '" + key + "': " + reason);
        this.key = key;
    }

    /** A problem with the file as a whole. */
    SettingsException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.key = null;
    }

    /** The key that is missing or wrong; empty when the file as a whole is the problem (missing, unreadable). */
    public Optional<String> findKey() {
        return Optional.ofNullable(key);
    }
}
