package dk.infoskaerm.content;

/** How a screen stands. */
public enum Orientation {
    /** Wider than tall. */
    LANDSCAPE,
    /** Taller than wide. */
    PORTRAIT
}
