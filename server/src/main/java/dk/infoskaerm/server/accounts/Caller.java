package dk.infoskaerm.server.accounts;

import java.util.Collection;

/** The logged-in account behind a request, and its session's CSRF token. */
public record Caller(Account account, String sessionHash, String csrfToken) {

    /** The account id. */
    public String id() {
        return account.id();
    }

    /** The user name, as the audit log shows it. */
    public String name() {
        return account.username();
    }

    /** Whether the caller is an administrator. */
    public boolean isAdmin() {
        return account.isAdmin();
    }

    /** Whether the caller may act for every one of {@code areas}; an empty set (all areas) only for administrators. */
    public boolean mayActForAll(Collection<String> areas) {
        return isAdmin() || (!areas.isEmpty() && areas.stream().allMatch(account::mayActFor));
    }
}
