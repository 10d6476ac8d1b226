package dk.infoskaerm.content.importers;

import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.safety.Sanitizer;
import dk.infoskaerm.content.text.DanishDates;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/** Items read from an HTML page with the CSS selectors configured for its source. */
final class SelectorReader {

    private SelectorReader() {
    }

    /** Adds the items the selectors find to {@code out}; returns how many elements the item selector matched. */
    static int read(Document doc, ImportRequest request, Problems problems, List<ImportedItem> out) {
        Selectors sel = request.selectors();
        Elements elements;
        try {
            elements = doc.select(sel.item());
        } catch (Selector.SelectorParseException e) {
            problems.add(ImportTexts.get("selector.itemInvalid", sel.item()));
            return 0;
        }
        if (elements.isEmpty()) {
            problems.add(ImportTexts.get("selector.itemNoMatch", sel.item()));
        }
        ItemKind kind = request.kindOr(ItemKind.EVENT);
        int n = 0;
        for (Element element : elements) {
            n++;
            try {
                ImportedItem item = item(element, n, sel, kind, request, problems);
                if (item != null) {
                    out.add(item);
                }
            } catch (Selector.SelectorParseException e) {
                problems.add(ImportTexts.get("selector.invalid"));
                return elements.size();
            } catch (RuntimeException e) {
                problems.add(ImportTexts.skipped(ImportTexts.get("selector.item", n), e));
            }
        }
        return elements.size();
    }

    private static ImportedItem item(Element element, int n, Selectors sel, ItemKind kind, ImportRequest request,
                                     Problems problems) {
        Element titleElement = first(element, sel.title());
        String title = titleElement == null ? "" : Sanitizer.plainText(titleElement.text(), HtmlImporter.MAX_TITLE);
        if (title.isEmpty()) {
            problems.add(ImportTexts.get("selector.noTitle", n, sel.title()));
            return null;
        }
        String what = ImportTexts.get("selector.itemTitled", n, Sanitizer.plainText(title, 60));
        Element dateElement = first(element, sel.date());
        String rawDate = dateElement == null ? null : HtmlImporter.firstNonBlank(dateElement.attr("datetime"),
                dateElement.attr("content"), dateElement.text());
        Optional<LenientDates.Parsed> date = LenientDates.parse(rawDate);
        if (date.isEmpty() && rawDate != null) {
            problems.add(ImportTexts.get("selector.dateUnreadable", what, rawDate));
        }
        URI base = baseOf(element);
        String url = link(element, sel, titleElement, base);
        String key = url.isEmpty() ? title + "/" + date.map(LenientDates.Parsed::instant).orElse(null) : url;
        String summary = text(first(element, sel.summary()), RssImporter.MAX_SUMMARY);
        String location = text(first(element, sel.location()), HtmlImporter.MAX_TITLE);
        Item item;
        if (!kind.timed()) {
            item = new Item(Ids.of(request.sourceId(), key), request.sourceId(), kind, title, summary, null, null,
                    false, location, url, date.map(LenientDates.Parsed::instant).orElse(null), null, null,
                    request.areas(), null);
        } else {
            if (date.isEmpty()) {
                problems.add(ImportTexts.get("selector.noDate", what));
                return null;
            }
            Instant start = date.get().instant();
            boolean allDay = date.get().dateOnly();
            Instant end = allDay ? date.get().date().plusDays(1).atStartOfDay(DanishDates.ZONE).toInstant() : null;
            if (!request.inWindow(start, end)) {
                return null;
            }
            item = new Item(Ids.of(request.sourceId(), key + "#" + start), request.sourceId(), kind, title, summary,
                    start, end, allDay, location, url, null, null, null, request.areas(), null);
        }
        return new ImportedItem(item, ImportedItem.CONFIRMED);
    }

    private static String link(Element element, Selectors sel, Element titleElement, URI base) {
        Element linkElement = first(element, sel.link());
        if (linkElement == null && titleElement != null) {
            linkElement = titleElement.is("a[href]") ? titleElement : titleElement.selectFirst("a[href]");
        }
        if (linkElement == null) {
            linkElement = element.is("a[href]") ? element : element.selectFirst("a[href]");
        }
        return linkElement == null ? "" : Sanitizer.safeUrl(linkElement.attr("href"), base);
    }

    private static URI baseOf(Element element) {
        String base = element.ownerDocument() == null ? "" : element.ownerDocument().location();
        String safe = Sanitizer.safeUrl(base, null);
        return safe.isEmpty() ? null : URI.create(safe);
    }

    private static Element first(Element element, String selector) {
        return selector == null || selector.isBlank() ? null : element.selectFirst(selector);
    }

    private static String text(Element element, int max) {
        return element == null ? "" : Sanitizer.plainText(element.text(), max);
    }
}
