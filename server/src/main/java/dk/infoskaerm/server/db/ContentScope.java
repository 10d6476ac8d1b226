package dk.infoskaerm.server.db;

import java.sql.Connection;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The areas that the content transaction open on a connection touches. Repositories that write what screens show
 * (items, screens, areas) record here what they change; writing through a connection that is not in
 * {@link Database#inContentTransaction} fails, so no such write can skip the version bump or the notification.
 */
public final class ContentScope {

    private static final Map<Connection, ContentScope> OPEN = new ConcurrentHashMap<>();

    private final Set<String> areas = new TreeSet<>();
    private boolean allAreas;

    private ContentScope() {
    }

    /** Records that the open content transaction on {@code c} changes what the screens of {@code areaSlugs} show. */
    public static void touch(Connection c, Collection<String> areaSlugs) {
        Objects.requireNonNull(areaSlugs, "areaSlugs");
        ContentScope scope = require(c);
        scope.areas.addAll(areaSlugs);
    }

    /** Records that the open content transaction on {@code c} changes what every screen shows. */
    public static void touchAll(Connection c) {
        require(c).allAreas = true;
    }

    static ContentScope open(Connection c) {
        ContentScope scope = new ContentScope();
        if (OPEN.putIfAbsent(c, scope) != null) {
            throw new IllegalStateException("a content transaction is already open on this connection");
        }
        return scope;
    }

    static void close(Connection c) {
        OPEN.remove(c);
    }

    boolean touchedNothing() {
        return !allAreas && areas.isEmpty();
    }

    boolean allAreas() {
        return allAreas;
    }

    Set<String> areas() {
        return areas;
    }

    private static ContentScope require(Connection c) {
        ContentScope scope = OPEN.get(Objects.requireNonNull(c, "c"));
        if (scope == null) {
            throw new IllegalStateException("content written outside Database.inContentTransaction");
        }
        return scope;
    }
}
