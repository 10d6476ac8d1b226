package dk.infoskaerm.content.importers;

import com.rometools.rome.io.FeedException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;

/** What real feeds write that Rome cannot read, mended in the parsed document before Rome sees it. */
final class FeedRepairs {

    private static final String USERLAND_RSS2 = "http://backend.userland.com/rss2";
    private static final Namespace ATOM03 = Namespace.getNamespace("http://purl.org/atom/ns#");

    private FeedRepairs() {
    }

    static void repair(Document document) throws FeedException {
        Element root = document.getRootElement();
        if (root.getName().equals("rss")) {
            if (USERLAND_RSS2.equals(root.getNamespaceURI())) {
                // feedparser reads RSS 2.0 in UserLand's namespace as plain RSS 2.0; Rome finds no channel in it
                List<Element> inNamespace = new ArrayList<>();
                root.getDescendants(Filters.element(Namespace.getNamespace(USERLAND_RSS2))).forEach(inNamespace::add);
                inNamespace.forEach(e -> e.setNamespace(Namespace.NO_NAMESPACE));
                root.setNamespace(Namespace.NO_NAMESPACE);
            }
            // RSS 2.0 requires one <channel>; feedparser reads a bare <rss> as an empty feed, but a CMS that writes
            // one is broken, and refusing it keeps the source's last good items on the screens.
            if (root.getChild("channel", root.getNamespace()) == null) {
                throw new FeedException("RSS-dokumentet har intet <channel>-element");
            }
        } else if (root.getNamespace().equals(ATOM03)) {
            decodeBase64(root);
        }
    }

    // Atom 0.3 mode="base64": Rome's own decoder fails on the line breaks publishers put in the value ("Index 19
    // out of bounds") and the whole feed is lost. Decoded here as feedparser does (MIME base64, line breaks allowed)
    // and handed on: HTML as mode="escaped" (Rome then gives the markup), anything else (text/plain is Atom 0.3's
    // default type) as plain mode="xml" text, which Rome gives escaped, so "<b>" stays words. Not base64: kept.
    private static void decodeBase64(Element root) {
        List<Element> encoded = new ArrayList<>();
        root.getDescendants(Filters.element()).forEach(e -> {
            if ("base64".equalsIgnoreCase(e.getAttributeValue("mode"))) {
                encoded.add(e);
            }
        });
        for (Element e : encoded) {
            String text = e.getTextTrim();
            try {
                text = new String(Base64.getMimeDecoder().decode(text), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                // kept as written
            }
            e.removeContent();
            e.setText(text);
            String type = e.getAttributeValue("type", "text/plain");
            if (type.contains("html")) {
                e.setAttribute("mode", "escaped");
            } else {
                e.removeAttribute("mode");
            }
        }
    }
}
