package dk.infoskaerm.server.accounts;

import java.util.Set;

/**
 * A person who can log in.
 *
 * @param areas slugs of a volunteer's areas (their lokalforum); empty for administrators, who have all
 * @param trustedAreas the subset of {@code areas} where the volunteer may approve posts, if the area allows it
 */
public record Account(String id, String username, String displayName, Role role, Set<String> areas,
                      Set<String> trustedAreas, boolean mustChangePassword, boolean disabled) {

    /** Copies the sets. */
    public Account {
        areas = Set.copyOf(areas);
        trustedAreas = Set.copyOf(trustedAreas);
    }

    /** Whether this is an administrator. */
    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Whether the account may act for {@code area}: administrators always, volunteers in their own areas. */
    public boolean mayActFor(String area) {
        return isAdmin() || areas.contains(area);
    }
}
