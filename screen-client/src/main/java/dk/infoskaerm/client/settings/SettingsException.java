package dk.infoskaerm.client.settings;

/** A settings file that is missing or holds a wrong value; the message names the file, the key and the reason. */
public final class SettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A problem with {@code key} in {@code file}. */
    public SettingsException(String file, String key, String reason) {
        super(file + ": key '" + key + "': " + reason);
    }

    /** A problem with the file as a whole. */
    SettingsException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
    }
}
