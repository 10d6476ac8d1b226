package dk.infoskaerm.server.accounts;

import java.util.List;

/** An account as the API shows it. */
record AccountView(String id, String username, String displayName, String role, List<String> areas,
                   List<String> trustedAreas, boolean mustChangePassword, boolean disabled) {

    static AccountView of(Account a) {
        return new AccountView(a.id(), a.username(), a.displayName(), a.role().wireName(),
                a.areas().stream().sorted().toList(), a.trustedAreas().stream().sorted().toList(),
                a.mustChangePassword(), a.disabled());
    }
}
