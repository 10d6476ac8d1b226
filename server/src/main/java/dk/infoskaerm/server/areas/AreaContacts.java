package dk.infoskaerm.server.areas;

import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.server.accounts.Caller;
import dk.infoskaerm.server.audit.AuditLog;
import dk.infoskaerm.server.db.Database;
import dk.infoskaerm.server.db.Ids;
import dk.infoskaerm.server.db.Sql;
import dk.infoskaerm.server.http.ApiException;
import dk.infoskaerm.server.http.PlainText;
import dk.infoskaerm.server.items.ItemRepository;
import dk.infoskaerm.server.posts.ImageRepository;
import dk.infoskaerm.server.posts.ImageService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who to contact in an area with an idea: the lokalforum and the area's Fælles-skaber (a municipal contact person),
 * and a participation link, and optionally the Fælles-skaber's photo. An area with either gets the "Har du en idé?"
 * slide ({@code contact:<slug>}), whose QR code leads to the link; an area with neither shows none.
 */
public final class AreaContacts {

    /** The municipality's participation page, the link when none is given. */
    public static final String DEFAULT_LINK = "https://www.holbaek.dk/deltag";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Database db;
    private final String bookUrl;

    /** Contacts on {@code db}; the "Book en politiker" slide's QR code leads to {@code publicUrl}/book-en-politiker. */
    public AreaContacts(Database db, String publicUrl) {
        this.db = Objects.requireNonNull(db, "db");
        this.bookUrl = Objects.requireNonNull(publicUrl, "publicUrl").replaceAll("/+$", "") + "/book-en-politiker";
    }

    /**
     * Shows the "Book en politiker" slide on the screens of every area that has not turned it off: one item,
     * {@code book}, for those areas. Run at start (new areas get it then) and with every change of the setting.
     */
    public void showBookSlide() {
        db.inContentTransaction(c -> {
            syncBookSlide(c);
            return null;
        });
    }

    /** The "Book en politiker" slide for the areas that show it, within an open content transaction. */
    void syncBookSlide(Connection c) throws SQLException {
        Set<String> areas = new java.util.TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.slug FROM area a LEFT JOIN area_contact k"
                + " ON k.area_slug = a.slug WHERE k.book_slide IS NULL OR k.book_slide = TRUE");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                areas.add(rs.getString(1));
            }
        }
        if (areas.isEmpty()) {
            ItemRepository.delete(c, "book");
        } else {
            ItemRepository.upsert(c, new Item("book", "areas", ItemKind.BOOK, "", "", null, null, false, "", bookUrl,
                    null, null, null, areas, null), Instant.now());
        }
    }

    /**
     * An area's contact. Empty strings for what is not known.
     *
     * @param area the area's slug (set by the server)
     * @param lokalforumName e.g. "Mørkøv Lokalforum"
     * @param lokalforumContact how to reach it: an e-mail address, a phone number or a web address
     * @param personName the area's Fælles-skaber
     * @param personPhone their phone
     * @param personEmail their e-mail
     * @param link the participation link of the QR code; empty means {@link #DEFAULT_LINK}
     * @param bookSlide whether the area's screens show "Book en politiker"; null means yes
     * @param photo where the Fælles-skaber's photo is served, or null (set by the server, with its own endpoint)
     */
    public record Contact(String area, String lokalforumName, String lokalforumContact, String personName,
                          String personPhone, String personEmail, String link, Boolean bookSlide, String photo) {

        /** Whether there is anyone to contact. */
        boolean hasContact() {
            return !lokalforumName.isEmpty() || !personName.isEmpty();
        }
    }

    /** The contact of area {@code slug}: what is stored, or an empty one. */
    public Contact find(String slug) {
        return db.read(c -> find(c, slug));
    }

    /** Stores the contact of area {@code slug} and shows or removes its slide, in one content change. */
    public Contact save(Caller caller, String slug, Contact request) {
        return db.inContentTransaction(c -> {
            if (!exists(c, slug)) {
                throw ApiException.notFound("area.notFound", "slug");
            }
            Contact contact = validated(slug, request, find(c, slug).photo());
            write(c, contact);
            syncBookSlide(c);
            if (contact.hasContact()) {
                ItemRepository.upsert(c, toItem(contact), Instant.now());
            } else {
                ItemRepository.delete(c, "contact:" + slug);
            }
            AuditLog.record(c, caller.id(), caller.name(), "changed", "area-contact", slug,
                    contact.lokalforumName() + " / " + contact.personName());
            return contact;
        });
    }

    private static boolean exists(Connection c, String slug) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM area WHERE slug = ?")) {
            ps.setString(1, slug);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static Contact find(Connection c, String slug) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM area_contact WHERE area_slug = ?")) {
            ps.setString(1, slug);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new Contact(slug, "", "", "", "", "", DEFAULT_LINK, true, null);
                }
                return new Contact(slug, rs.getString("lokalforum_name"), rs.getString("lokalforum_contact"),
                        rs.getString("person_name"), rs.getString("person_phone"), rs.getString("person_email"),
                        rs.getString("link"), rs.getBoolean("book_slide"), photoUrl(rs.getString("photo_id")));
            }
        }
    }

    private static String photoUrl(String photoId) {
        return photoId == null ? null : ImageService.PATH + photoId;
    }

    /**
     * Sets (or with null {@code upload} removes) the Fælles-skaber's photo of area {@code slug}: checked, scaled and
     * re-encoded as a post's picture is; it shows beside them on the area's "Har du en idé?" slide.
     */
    public Contact setPhoto(Caller caller, String slug, byte[] upload) {
        return db.inContentTransaction(c -> {
            if (!exists(c, slug)) {
                throw ApiException.notFound("area.notFound", "slug");
            }
            Contact old = find(c, slug);
            String id = null;
            if (upload != null) {
                id = Ids.newId();
                ImageRepository.insertUpload(c, id, upload, caller.id(), Instant.now());
            }
            Contact contact = new Contact(slug, old.lokalforumName(), old.lokalforumContact(), old.personName(),
                    old.personPhone(), old.personEmail(), old.link(), old.bookSlide(), photoUrl(id));
            write(c, contact);
            if (old.photo() != null) {
                ImageRepository.delete(c, old.photo().substring(ImageService.PATH.length()));
            }
            if (contact.hasContact()) {
                ItemRepository.upsert(c, toItem(contact), Instant.now());
            }
            AuditLog.record(c, caller.id(), caller.name(), upload == null ? "deleted" : "changed",
                    "area-contact-photo", slug, contact.personName());
            return contact;
        });
    }

    private static Contact validated(String slug, Contact r, String photo) {
        String email = PlainText.field(r.personEmail(), "personEmail", 200, false);
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            throw ApiException.invalid("contact.email", "personEmail");
        }
        String phone = PlainText.field(r.personPhone(), "personPhone", 50, false);
        if (!phone.isEmpty() && phone.replaceAll("[^0-9]", "").length() < 8) {
            throw ApiException.invalid("contact.phone", "personPhone");
        }
        String link = PlainText.url(r.link(), "link", 1000);
        return new Contact(slug, line(r.lokalforumName(), "lokalforumName"),
                line(r.lokalforumContact(), "lokalforumContact"), line(r.personName(), "personName"), phone, email,
                link.isEmpty() ? DEFAULT_LINK : link, !Boolean.FALSE.equals(r.bookSlide()), photo);
    }

    private static String line(String value, String field) {
        return PlainText.field(value, field, 200, false).replace('\n', ' ');
    }

    /** The slide's data: the lokalforum as its title, the Fælles-skaber as its text, the link for the QR code. */
    private static Item toItem(Contact k) {
        String lokalforum = joined(k.lokalforumName(), k.lokalforumContact());
        String person = joined(k.personName(), k.personPhone(), k.personEmail());
        return new Item("contact:" + k.area(), "areas", ItemKind.CONTACT, lokalforum, person, null, null, false, "",
                k.link(), null, null, null, Set.of(k.area()), null, k.photo() == null ? "" : k.photo());
    }

    private static String joined(String... parts) {
        return Stream.of(parts).filter(p -> !p.isEmpty()).collect(Collectors.joining(" · "));
    }

    private static void write(Connection c, Contact k) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM area_contact WHERE area_slug = ?")) {
            ps.setString(1, k.area());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO area_contact (area_slug, lokalforum_name,"
                + " lokalforum_contact, person_name, person_phone, person_email, link, book_slide, photo_id, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, k.area());
            ps.setString(2, k.lokalforumName());
            ps.setString(3, k.lokalforumContact());
            ps.setString(4, k.personName());
            ps.setString(5, k.personPhone());
            ps.setString(6, k.personEmail());
            ps.setString(7, k.link());
            ps.setBoolean(8, k.bookSlide());
            ps.setString(9, k.photo() == null ? null : k.photo().substring(ImageService.PATH.length()));
            Sql.setInstant(ps, 10, Instant.now());
            ps.executeUpdate();
        }
    }
}
