package dk.infoskaerm.server.screens;

/**
 * What a screen reports about itself.
 *
 * @param clientVersion the display program's version
 * @param showing the id of the slide on screen, or {@code idle}, {@code dark}
 * @param uptimeSeconds how long the program has run
 * @param screenshot a PNG of the screen, base64, or null
 */
public record Heartbeat(String clientVersion, String showing, long uptimeSeconds, String screenshot) {
}
