package dk.infoskaerm.server;

import java.time.Duration;
import java.util.Objects;

/**
 * The settings of the dialogue features (issue 17): the public pages reached by QR and their spam limits.
 *
 * @param publicUrl the address people reach this server at, without a trailing slash; QR codes lead there
 * @param formsPerAddress how many public form submissions (sign-ups, requests) one client address may send
 *                        within {@code formsWindow}
 * @param formsWindow the window of that count
 */
public record DialogSettings(String publicUrl, int formsPerAddress, Duration formsWindow) {

    /** Checks the parts. */
    public DialogSettings {
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(formsWindow, "formsWindow");
        if (!publicUrl.matches("^https?://[^/\\s]+(/\\S*)?$")) {
            throw new IllegalArgumentException("publicUrl must be an http(s) address: " + publicUrl);
        }
        publicUrl = publicUrl.replaceAll("/+$", "");
    }
}
