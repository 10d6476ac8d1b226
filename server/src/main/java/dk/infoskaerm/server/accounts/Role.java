package dk.infoskaerm.server.accounts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an account may do: administrators everything, volunteers their own areas. */
public enum Role {
    /** Fælles-skaber or municipal staff. */
    ADMIN,
    /** A lokalforum volunteer. */
    VOLUNTEER;

    /** The name in JSON and in the database. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code wire}, or null. */
    static Role fromWire(String wire) {
        for (Role role : values()) {
            if (role.wireName().equals(wire)) {
                return role;
            }
        }
        return null;
    }
}
