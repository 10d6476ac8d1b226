package dk.infoskaerm.content.export;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dk.infoskaerm.content.Item;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes news and announcements as RSS 2.0 with Rome. Titles and descriptions are written as escaped HTML, as
 * feed readers (and our importer) read them as HTML: a literal "&lt;" in a title stays a literal.
 */
public final class RssWriter {

    private RssWriter() {
    }

    /** A picture attached to an entry: its absolute URL, media type and size in bytes. */
    public record Enclosure(String url, String type, long length) {

        /** Checks the fields. */
        public Enclosure {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(type, "type");
            if (length < 0) {
                throw new IllegalArgumentException("length must not be negative: " + length);
            }
        }
    }

    /** An RSS 2.0 document without enclosures; see {@link #write(String, String, String, Collection, Function)}. */
    public static String write(String title, String link, String description, Collection<Item> items) {
        return write(title, link, description, items, item -> Optional.empty());
    }

    /**
     * An RSS 2.0 document.
     *
     * @param title the channel's title
     * @param link the channel's link (absolute URL)
     * @param description the channel's description
     * @param items the entries, newest first is best
     * @param enclosures each entry's picture, if it has one
     */
    public static String write(String title, String link, String description, Collection<Item> items,
                               Function<Item, Optional<Enclosure>> enclosures) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setTitle(title);
        feed.setLink(link);
        feed.setDescription(description);
        feed.setLanguage("da");
        List<SyndEntry> entries = new ArrayList<>();
        for (Item item : items) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(html(item.title()));
            entry.setLink(item.url().isEmpty() ? null : item.url());
            entry.setUri(item.id());
            Instant published = item.published() != null ? item.published() : item.visibleFrom();
            if (published != null) {
                entry.setPublishedDate(Date.from(published));
            }
            if (!item.summary().isEmpty()) {
                SyndContent content = new SyndContentImpl();
                content.setType("text/html");
                content.setValue(html(item.summary()));
                entry.setDescription(content);
            }
            enclosures.apply(item).ifPresent(e -> {
                SyndEnclosure enclosure = new SyndEnclosureImpl();
                enclosure.setUrl(e.url());
                enclosure.setType(e.type());
                enclosure.setLength(e.length());
                entry.setEnclosures(List.of(enclosure));
            });
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write RSS for " + title + ": " + e.getMessage(), e);
        }
    }

    private static String html(String plainText) {
        return org.jsoup.nodes.Entities.escape(plainText);
    }
}
