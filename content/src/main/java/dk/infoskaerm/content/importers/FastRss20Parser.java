package dk.infoskaerm.content.importers;

import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.impl.RSS20Parser;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import org.jdom2.Element;

/**
 * Rome's RSS 2.0 parser with {@code pubDate} read by {@link LenientDates}: Rome's own date parser builds a
 * {@code SimpleDateFormat} for each of dozens of masks per date and took most of the time of an RSS import. A date
 * that LenientDates cannot read is left to Rome as before. Shared: Rome's parsers keep no state per document.
 */
final class FastRss20Parser extends RSS20Parser {

    static final FastRss20Parser INSTANCE = new FastRss20Parser();

    private FastRss20Parser() {
    }

    @Override
    public Item parseItem(Element rssRoot, Element eItem, Locale locale) {
        Element pubDate = eItem.getChild("pubDate", getRSSNamespace());
        Optional<LenientDates.Parsed> parsed = pubDate == null ? Optional.empty() : LenientDates.parse(pubDate.getText());
        if (parsed.isEmpty() || parsed.get().instant() == null) {
            return super.parseItem(rssRoot, eItem, locale);
        }
        int index = eItem.indexOf(pubDate);
        eItem.removeContent(pubDate);
        try {
            Item item = super.parseItem(rssRoot, eItem, locale);
            item.setPubDate(Date.from(parsed.get().instant()));
            return item;
        } finally {
            eItem.addContent(index, pubDate);
        }
    }
}
