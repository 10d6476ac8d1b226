package dk.infoskaerm.server.posts;

import dk.infoskaerm.server.accounts.Auth;
import dk.infoskaerm.server.accounts.Caller;
import dk.infoskaerm.server.audit.AuditLog;
import dk.infoskaerm.server.db.Database;
import dk.infoskaerm.server.db.Ids;
import dk.infoskaerm.server.http.ApiException;
import dk.infoskaerm.server.http.PlainText;
import dk.infoskaerm.server.http.RequestBodies;
import io.helidon.http.Status;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules for announcements: who may post, edit, withdraw, approve and reject, and when a post needs approval.
 * Each change is one transaction: the post, its screen item, the content version and the audit entry together.
 */
public final class Posts {

    static final int MAX_TITLE = 120;
    static final int MAX_TEXT = 1000;
    static final int MAX_LINK = 2000;
    static final int MAX_REASON = 1000;
    static final Duration MAX_WINDOW = Duration.ofDays(180);

    private final Database db;

    /** Posts on {@code db}. */
    public Posts(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * What a caller sends to create or edit a post. Dates are ISO-8601 with offset; {@code areas} empty = all;
     * {@code image}, when given, is a new picture in base64, saved with the post or not at all; {@code clientKey},
     * made by the page for one new post, makes sending it again (after a lost answer) return the post made the first
     * time instead of a second one.
     */
    record PostRequest(String title, String text, String link, String visibleFrom, String visibleUntil,
                       List<String> areas, String image, String clientKey) {
    }

    private static final java.util.regex.Pattern CLIENT_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{8,64}");

    Post create(Caller caller, PostRequest r) {
        Instant now = now();
        Post validated = validated(caller, r, Ids.newId(), now, null);
        if (r.clientKey() != null && !CLIENT_KEY.matcher(r.clientKey()).matches()) {
            throw ApiException.invalid("posts.clientKey", "clientKey");
        }
        Optional<Post> sentBefore = r.clientKey() == null ? Optional.empty()
                : db.read(c -> PostRepository.findByClientKey(c, caller.id(), r.clientKey()));
        if (sentBefore.isPresent()) {
            return sentBefore.get();
        }
        // The picture is decoded before anything is stored: a picture refused leaves no post behind.
        Optional<Images.Processed> picture = picture(r);
        return change(c -> {
            Post draft = picture.isEmpty() ? validated : validated.withImage(storeImage(c, caller, picture.get(), now));
            boolean pending = !caller.isAdmin() && needsApproval(c, draft.areas());
            Post post = PostRepository.save(c,
                    pending ? draft : draft.with(Post.Status.PUBLISHED, null, caller.id(), now, now), true);
            PostRepository.setClientKey(c, post.id(), r.clientKey());
            AuditLog.record(c, caller.id(), caller.name(), "created", "post", post.id(), logLine(post));
            return post;
        });
    }

    Post edit(Caller caller, String id, PostRequest r) {
        Instant now = now();
        Optional<Images.Processed> picture = picture(r);
        return change(c -> {
            Post old = requireEditable(c, caller, id);
            Post validated = validated(caller, r, id, now, old);
            Post edited = picture.isEmpty() ? validated : validated.withImage(storeImage(c, caller, picture.get(), now));
            Post post = PostRepository.save(c, afterEdit(c, caller, edited, now), false);
            if (picture.isPresent()) {
                dropReplacedImage(c, old);
            }
            AuditLog.record(c, caller.id(), caller.name(), "changed", "post", id, logLine(post));
            return post;
        });
    }

    Post setImage(Caller caller, String id, Images.Processed image) {
        Instant now = now();
        return change(c -> {
            Post old = requireEditable(c, caller, id);
            Post withImage = old.withImage(storeImage(c, caller, image, now)).edited(caller.id(), now);
            PostRepository.save(c, afterEdit(c, caller, withImage, now), false);
            dropReplacedImage(c, old);
            AuditLog.record(c, caller.id(), caller.name(), "changed", "post", id, "nyt billede " + image.width()
                    + "x" + image.height());
            return PostRepository.find(c, id).orElseThrow();
        });
    }

    Post withdraw(Caller caller, String id) {
        Instant now = now();
        return change(c -> {
            Post old = requireEditable(c, caller, id);
            Post post = PostRepository.save(c,
                    old.with(Post.Status.WITHDRAWN, old.rejectionReason(), caller.id(), now, now), false);
            AuditLog.record(c, caller.id(), caller.name(), "withdrawn", "post", id, post.title());
            return post;
        });
    }

    Post approve(Caller caller, String id) {
        Instant now = now();
        return change(c -> {
            Post old = requirePendingFor(c, caller, id);
            if (caller.id().equals(old.authorId()) || caller.id().equals(old.lastEditorId())) {
                throw new ApiException(Status.CONFLICT_409, "posts.ownApproval", "id");
            }
            Post post = PostRepository.save(c, old.with(Post.Status.PUBLISHED, null, caller.id(), now, now), false);
            AuditLog.record(c, caller.id(), caller.name(), "approved", "post", id, post.title());
            return post;
        });
    }

    /** Rejects what waits; an earlier approved version stays on the screens until the post is withdrawn. */
    Post reject(Caller caller, String id, String reason) {
        String why = PlainText.field(reason, "reason", MAX_REASON, true);
        Instant now = now();
        return change(c -> {
            Post old = requirePendingFor(c, caller, id);
            Post post = PostRepository.save(c, old.with(Post.Status.REJECTED, why, caller.id(), now, now), false);
            AuditLog.record(c, caller.id(), caller.name(), "rejected", "post", id, why);
            return post;
        });
    }

    /** The posts the caller may see: all for administrators; for volunteers their own and their areas'. */
    List<Post> visibleTo(Caller caller) {
        return db.read(c -> PostRepository.all(c).stream().filter(p -> mayView(caller, p)).toList());
    }

    Post get(Caller caller, String id) {
        Post post = db.read(c -> PostRepository.find(c, id)).orElseThrow(Posts::notFound);
        if (!mayView(caller, post)) {
            throw Auth.forbidden();
        }
        return post;
    }

    /** Pending posts the caller may decide on. */
    List<Post> queue(Caller caller) {
        return db.read(c -> {
            Map<String, AreaModeration> settings = AreaModeration.all(c);
            return PostRepository.withStatus(c, Post.Status.PENDING).stream()
                    .filter(p -> mayModerate(caller, p, settings)).toList();
        });
    }

    List<AreaModeration> moderationSettings() {
        return db.read(c -> List.copyOf(AreaModeration.all(c).values()));
    }

    AreaModeration setModeration(Caller admin, String slug, String mode, boolean trustedMayApprove) {
        if (!AreaModeration.DIRECT.equals(mode) && !AreaModeration.APPROVAL.equals(mode)) {
            throw ApiException.invalid("posts.moderation", "moderation");
        }
        AreaModeration m = new AreaModeration(slug, AreaModeration.APPROVAL.equals(mode), trustedMayApprove);
        db.inTransaction(c -> {
            if (!AreaModeration.all(c).containsKey(slug)) {
                throw ApiException.notFound("area.notFoundNamed", "slug", slug);
            }
            AreaModeration.save(c, m, admin.id(), admin.name());
            return null;
        });
        return m;
    }

    /** A stored image's media type and size in bytes. */
    public record ImageFacts(String contentType, long length) {
    }

    /** The media type and size of the image served at {@link ImageService#PATH} + {@code imageId}, if stored. */
    public Optional<ImageFacts> imageFacts(String imageId) {
        return db.read(c -> ImageRepository.facts(c, imageId));
    }

    Optional<Images.Processed> image(String imageId) {
        return db.read(c -> ImageRepository.find(c, imageId));
    }

    /** The log's words for a post as saved: its title and, in Danish, whether it waits or is out. */
    static String logLine(Post post) {
        return post.title() + (post.status() == Post.Status.PENDING ? " (venter på godkendelse)" : " (udgivet)");
    }

    private static Optional<Images.Processed> picture(PostRequest r) {
        return r.image() == null || r.image().isBlank() ? Optional.empty()
                : Optional.of(Images.process(Images.fromBase64(r.image())));
    }

    private static String storeImage(Connection c, Caller caller, Images.Processed image, Instant now)
            throws SQLException {
        String imageId = Ids.newId();
        ImageRepository.insert(c, imageId, image, caller.id(), now);
        return imageId;
    }

    /** Deletes the picture a post had before a new one, unless the approved version on the screens still shows it. */
    private static void dropReplacedImage(Connection c, Post old) throws SQLException {
        if (!old.onScreens() && old.imageId() != null) {
            ImageRepository.delete(c, old.imageId());
        }
    }

    private Post afterEdit(Connection c, Caller caller, Post edited, Instant now) throws SQLException {
        if (caller.isAdmin()) {
            return edited;
        }
        // A volunteer's edit (text, dates, image, link, areas) goes back through approval where the area wants it;
        // the approved version stays on the screens meanwhile (PostRepository.save leaves the item alone).
        return needsApproval(c, edited.areas())
                ? edited.with(Post.Status.PENDING, null, null, null, now)
                : edited.with(Post.Status.PUBLISHED, null, caller.id(), now, now);
    }

    private Post validated(Caller caller, PostRequest r, String id, Instant now, Post old) {
        String title = PlainText.field(r.title(), "title", MAX_TITLE, true);
        String text = PlainText.field(r.text(), "text", MAX_TEXT, false);
        String link = PlainText.url(r.link(), "link", MAX_LINK);
        Instant from = RequestBodies.instant(r.visibleFrom(), "visibleFrom");
        if (from == null) {
            from = old != null ? old.visibleFrom() : now;
        }
        Instant until = RequestBodies.instant(r.visibleUntil(), "visibleUntil");
        if (until == null) {
            throw ApiException.invalid("posts.untilMissing", "visibleUntil");
        }
        if (!until.isAfter(from)) {
            throw ApiException.invalid("posts.untilBeforeStart", "visibleUntil");
        }
        if (!until.isAfter(now)) {
            throw ApiException.invalid("posts.untilPast", "visibleUntil");
        }
        if (Duration.between(from, until).compareTo(MAX_WINDOW) > 0) {
            throw ApiException.invalid("posts.windowTooLong", "visibleUntil", MAX_WINDOW.toDays());
        }
        Set<String> areas = areas(caller, r.areas());
        return new Post(id, old != null ? old.authorId() : caller.id(), old != null ? old.authorName() : caller.name(),
                title, text, link, old != null ? old.imageId() : null, from, until, areas,
                old != null ? old.status() : Post.Status.PENDING, old != null ? old.rejectionReason() : null,
                old != null ? old.decidedBy() : null, old != null ? old.decidedAt() : null,
                old != null ? old.createdAt() : now, now, caller.id(), old != null && old.onScreens());
    }

    private Set<String> areas(Caller caller, List<String> requested) {
        Set<String> areas = new HashSet<>(requested == null ? List.of() : requested);
        Set<String> known = db.read(c -> AreaModeration.all(c).keySet());
        for (String area : areas) {
            if (area == null || !known.contains(area)) {
                throw ApiException.invalid("area.unknown", "areas", area);
            }
        }
        if (!caller.mayActForAll(areas)) {
            throw areas.isEmpty()
                    ? ApiException.invalid("posts.areasNone", "areas")
                    : new ApiException(Status.FORBIDDEN_403, "posts.areasNotYours", "areas");
        }
        return areas;
    }

    /** Whether a volunteer's post or meeting aimed at {@code areas} (empty = all) waits for approval. */
    static boolean needsApproval(Connection c, Set<String> areas) throws SQLException {
        Map<String, AreaModeration> settings = AreaModeration.all(c);
        Set<String> targets = areas.isEmpty() ? settings.keySet() : areas;
        return targets.stream().anyMatch(a -> settings.containsKey(a) && settings.get(a).needsApproval());
    }

    private static Post requireEditable(Connection c, Caller caller, String id) throws SQLException {
        Post post = PostRepository.find(c, id).orElseThrow(Posts::notFound);
        if (!mayEdit(caller, post)) {
            throw Auth.forbidden();
        }
        if (post.status() == Post.Status.WITHDRAWN) {
            throw new ApiException(Status.CONFLICT_409, "posts.withdrawn", null);
        }
        return post;
    }

    private static Post requirePendingFor(Connection c, Caller caller, String id) throws SQLException {
        Post post = PostRepository.find(c, id).orElseThrow(Posts::notFound);
        if (!mayModerate(caller, post, AreaModeration.all(c))) {
            throw Auth.forbidden();
        }
        if (post.status() != Post.Status.PENDING) {
            throw new ApiException(Status.CONFLICT_409, "posts.notPending", null);
        }
        return post;
    }

    /**
     * Administrators change and withdraw any post; a volunteer only their own, while it is aimed only at their own
     * areas (their lokalforum). Nobody else's, so nobody's words go out under another's name.
     */
    static boolean mayEdit(Caller caller, Post post) {
        return caller.isAdmin() || (caller.id().equals(post.authorId()) && caller.mayActForAll(post.areas()));
    }

    private static boolean mayView(Caller caller, Post post) {
        return caller.isAdmin() || caller.id().equals(post.authorId())
                || post.areas().stream().anyMatch(a -> caller.account().areas().contains(a));
    }

    /** Administrators; or trusted volunteers of every area of the post, where each area allows it, not the author. */
    private static boolean mayModerate(Caller caller, Post post, Map<String, AreaModeration> settings) {
        if (caller.isAdmin()) {
            return true;
        }
        return !post.areas().isEmpty() && !caller.id().equals(post.authorId())
                && post.areas().stream().allMatch(a -> caller.account().trustedAreas().contains(a)
                        && settings.containsKey(a) && settings.get(a).trustedMayApprove());
    }

    private <T> T change(Database.SqlWork<T> work) {
        return db.inContentTransaction(work);
    }

    private static ApiException notFound() {
        return ApiException.notFound("posts.notFound", "id");
    }

    /** Now, at the microsecond precision both databases store, so answers match what is read back later. */
    private static Instant now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
