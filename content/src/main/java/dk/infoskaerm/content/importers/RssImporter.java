package dk.infoskaerm.content.importers;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import com.rometools.rome.io.XmlReader;
import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.safety.Sanitizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/** RSS 0.9x/1.0/2.0 and Atom entries to items, read with Rome. */
final class RssImporter {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 1000;

    // feedparser's test for text that is HTML: a closing tag or an entity reference
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("</\\w+>|&#?\\w+;");

    private final byte[] body;
    private final ImportRequest request;
    private final Problems problems;
    private Elements rawEntries;
    private String latin1;
    private URI documentBase;

    private RssImporter(byte[] body, ImportRequest request, Problems problems) {
        this.body = body;
        this.request = request;
        this.problems = problems;
    }

    static List<ImportedItem> parse(byte[] body, String contentType, String source, URI base, ImportRequest request,
                                    Problems problems) throws SourceException {
        SyndFeed feed;
        String httpCharset = Texts.charsetOf(contentType);
        try {
            feed = build(body, httpCharset, false);
        } catch (FeedException | IOException | RuntimeException strict) {
            // Rome's XML healer (undefined entities, stray '&') reads char by char; only feeds that need it pay.
            try {
                feed = build(body, httpCharset, true);
            } catch (FeedException | IOException | RuntimeException e) {
                throw new SourceException(source, (truncated(e) ? "XML-dokumentet er afbrudt/ufuldstændigt: "
                        : "Svaret er ikke et læsbart RSS/Atom-feed: ") + e.getMessage(), e);
            }
        }
        return new RssImporter(body, request, problems).entries(feed, base);
    }

    // Xerces' words for a document that stops before its root element is closed.
    private static boolean truncated(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("must start and end within the same entity")
                    || message.contains("Premature end of file") || message.contains("Unexpected end of"))) {
                return true;
            }
        }
        return false;
    }

    private static SyndFeed build(byte[] body, String httpCharset, boolean heal) throws FeedException, IOException {
        Document document;
        // A BOM or the XML declaration's encoding wins; only without them is the HTTP charset used (Rome's default
        // encoding), then UTF-8. feedparser lets an HTTP charset win outright (RFC 3023), but CMSs often send a
        // stale server default while the document says what it really is.
        try (XmlReader xml = new XmlReader(new ByteArrayInputStream(body), true, httpCharset)) {
            document = FeedDocuments.INSTANCE.read(heal ? new XmlFixerReader(xml) : xml);
        } catch (JDOMException e) {
            throw new ParsingFeedException("Invalid XML: " + e.getMessage(), e);
        }
        FeedRepairs.repair(document);
        WireFeed wire = FastRss20Parser.INSTANCE.isMyType(document)
                ? FastRss20Parser.INSTANCE.parse(document, false, Locale.US)
                : new WireFeedInput().build(document);
        return new SyndFeedImpl(wire);
    }

    /** Feed XML into JDOM with Rome's own SAX settings: no DTDs, no external entities. */
    private static final class FeedDocuments extends WireFeedInput {

        static final FeedDocuments INSTANCE = new FeedDocuments();

        Document read(Reader reader) throws JDOMException, IOException {
            return createSAXBuilder().build(reader);
        }
    }

    private List<ImportedItem> entries(SyndFeed feed, URI base) {
        documentBase = base;
        URI feedBase = base;
        String feedLink = Sanitizer.safeUrl(feed.getLink(), base);
        if (!feedLink.isEmpty()) {
            feedBase = URI.create(feedLink);
        }
        List<ImportedItem> out = new ArrayList<>(feed.getEntries().size());
        List<SyndEntry> entries = feed.getEntries();
        String feedType = feed.getFeedType() == null ? "" : feed.getFeedType();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            try {
                ImportedItem item = entry(entry, i, feedBase, feedType);
                if (item != null) {
                    out.add(item);
                }
            } catch (RuntimeException e) {
                problems.add(ImportTexts.skipped(describe(entry, i), e));
            }
        }
        return out;
    }

    private ImportedItem entry(SyndEntry entry, int index, URI feedBase, String feedType) {
        String title = title(entry, index, feedType);
        if (title.isEmpty()) {
            problems.add(ImportTexts.get("rss.noTitle", describe(entry, index)));
            return null;
        }
        String link = entry.getLink();
        if (link == null || link.isBlank()) {
            // <link href="…"/> in an RSS item: Rome reads the element's text only; feedparser reads the href
            Element raw = feedType.startsWith("rss") ? rawEntry(index) : null;
            Element href = raw == null ? null : raw.selectFirst("> link[href]");
            link = href != null ? href.attr("href") : entry.getUri() != null && entry.getUri().startsWith("http")
                    ? entry.getUri() : link;
        }
        String url = Sanitizer.safeUrl(link, null);
        if (url.isEmpty() && link != null && !link.isBlank()) {
            url = Sanitizer.safeUrl(link, entryBase(index, feedBase));
        }
        Instant published = published(entry, index);
        String summary = Sanitizer.plainText(summaryHtml(entry), MAX_SUMMARY);
        String key = firstNonBlank(entry.getUri(), url, title + "/" + published);
        Item item = new Item(Ids.of(request.sourceId(), key), request.sourceId(), request.kindOr(ItemKind.NEWS),
                title, summary, null, null, false, "", url, published, null, null, request.areas(), null);
        return new ImportedItem(item, ImportedItem.CONFIRMED);
    }

    /**
     * The entry's title as plain text. Atom's {@code type="text"} (the default, RFC 4287 §3.1.1) is text, not HTML;
     * an RSS title is read as HTML only when it looks like HTML (a closing tag or an entity), as feedparser decides.
     * Atom 0.3 values come from Rome as markup (mode="xml" is serialised, entities and all), so they are HTML.
     * A title only in {@code dc:title} or {@code media:title} is read too.
     */
    private String title(SyndEntry entry, int index, String feedType) {
        SyndContent titleEx = entry.getTitleEx();
        String value = titleEx == null || titleEx.getValue() == null ? entry.getTitle() : titleEx.getValue();
        String type = titleEx == null || titleEx.getType() == null ? null : titleEx.getType().toLowerCase(Locale.ROOT);
        if (value == null || value.isBlank()) {
            Element raw = rawEntry(index);
            Element other = raw == null ? null : raw.selectFirst("> dc|title, > media|title, media|content > media|title");
            value = other == null ? null : other.text();
            type = "text";
        }
        boolean plain = type != null ? type.equals("text")
                : feedType.startsWith("atom_1") || feedType.startsWith("rss")
                && !LOOKS_LIKE_HTML.matcher(value == null ? "" : value).find();
        return plain ? Sanitizer.text(value, MAX_TITLE) : Sanitizer.plainText(value, MAX_TITLE);
    }

    private static String summaryHtml(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return content.getValue();
            }
        }
        return entry.getDescription() == null ? null : entry.getDescription().getValue();
    }

    private Instant published(SyndEntry entry, int index) {
        Element pubDateElement = mentions("dc:date") && rawEntry(index) != null
                ? rawEntry(index).selectFirst("> pubDate") : null;
        if (pubDateElement != null) {
            // Rome lets an item's dc:date replace its pubDate; the pubDate is when it was published (feedparser)
            var pubDate = LenientDates.parse(pubDateElement.text());
            if (pubDate.isPresent() && pubDate.get().instant() != null) {
                return pubDate.get().instant();
            }
        }
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        if (date != null) {
            return date.toInstant();
        }
        Element raw = rawEntry(index);
        if (raw != null) {
            // feedparser's order: published, then updated, then created (dcterms:issued, modified, created)
            for (String name : List.of("pubDate", "dc|date", "published", "updated", "dcterms|issued",
                    "dcterms|modified", "dcterms|created", "date")) {
                Element dateElement = raw.selectFirst(name);
                if (dateElement != null) {
                    var parsed = LenientDates.parse(dateElement.text());
                    if (parsed.isPresent()) {
                        return parsed.get().instant();
                    }
                    problems.add(ImportTexts.get("rss.dateUnreadable", describe(entry, index), dateElement.text()));
                    return null;
                }
            }
        }
        problems.add(ImportTexts.get("rss.noDate", describe(entry, index)));
        return null;
    }

    // Rome leaves relative links relative. With xml:base (XML Base, RFC 4287 §2) the bases nest: the outermost is
    // resolved against the document's URL, each inner one against the one around it; without any, the feed's link.
    private URI entryBase(int index, URI feedBase) {
        if (!mentionsXmlBase()) {
            return feedBase;
        }
        Element raw = rawEntry(index);
        if (raw == null) {
            return feedBase;
        }
        List<String> bases = new ArrayList<>();
        for (Element e = raw; e != null; e = e.parent()) {
            String xmlBase = e.attr("xml:base");
            if (!xmlBase.isEmpty()) {
                bases.addFirst(xmlBase);
            }
        }
        if (bases.isEmpty()) {
            return feedBase;
        }
        URI base = documentBase;
        for (String xmlBase : bases) {
            String resolved = Sanitizer.safeUrl(xmlBase, base);
            base = resolved.isEmpty() ? base : URI.create(resolved);
        }
        return base == null ? feedBase : base;
    }

    // A second parse (jsoup) is needed only for xml:base and dc:date, so it is skipped for the many feeds without.
    private boolean mentionsXmlBase() {
        return mentions("xml:base");
    }

    private boolean mentions(String needle) {
        if (latin1 == null) {
            boolean utf16 = body.length >= 2 && ((body[0] & 0xff) == 0xfe || (body[0] & 0xff) == 0xff || body[0] == 0);
            latin1 = utf16 ? null : new String(body, StandardCharsets.ISO_8859_1);
            if (utf16) {
                return true;
            }
        }
        return latin1 == null || latin1.contains(needle);
    }

    private Element rawEntry(int index) {
        if (rawEntries == null) {
            org.jsoup.nodes.Document doc = Jsoup.parse(Texts.decode(body), "", Parser.xmlParser());
            rawEntries = doc.select("item, entry");
        }
        return index < rawEntries.size() ? rawEntries.get(index) : null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    private static String describe(SyndEntry entry, int index) {
        String title = entry.getTitle();
        return title == null ? ImportTexts.get("rss.entry", index + 1)
                : ImportTexts.get("rss.entryTitled", index + 1, Sanitizer.plainText(title, 60));
    }
}
