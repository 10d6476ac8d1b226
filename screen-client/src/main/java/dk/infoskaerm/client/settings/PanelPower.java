package dk.infoskaerm.client.settings;

import java.util.Locale;

/** How the panel is powered down outside opening hours (settings key {@code panel.power}). */
public enum PanelPower {
    /** HDMI-CEC when {@code cec-client} is installed and reaches the panel, else DPMS through X, else black. */
    AUTO,
    /** HDMI-CEC only ({@code cec-client}), else black. */
    CEC,
    /** DPMS through the X server only ({@code xset dpms force off}), else black. */
    DPMS,
    /** Never power down: draw black. */
    BLACK;

    /** The word used in the settings file. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
