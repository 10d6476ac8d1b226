package dk.infoskaerm.client.feed;

/**
 * Why the client cannot show the screen's content, for the technician's status screen; Danish texts.
 *
 * @param screenId the screen id the client is set up for, or null when not set
 * @param serverUrl the server's address it is set up for, or null when not set
 * @param problem the error
 * @param remedy what to do about it
 */
public record TechnicianNotice(String screenId, String serverUrl, String problem, String remedy) {

    /** Who found the problem; with several at once the screen shows the first in this order. */
    public enum Source {
        /** The settings file is incomplete or wrong. */
        SETTINGS,
        /** The feed cannot be had. */
        FEED,
        /** The server refuses the device token. */
        DEVICE
    }
}
