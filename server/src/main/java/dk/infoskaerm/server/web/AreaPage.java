package dk.infoskaerm.server.web;

import dk.infoskaerm.content.Area;
import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.text.DanishDates;
import dk.infoskaerm.server.areas.AreaContacts;
import dk.infoskaerm.server.areas.AreaContent;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /omraade/{slug}}: an area's public page, for a phone — what its screens show (events and dialogue meetings
 * ahead, news and announcements), whom to contact with an idea ("Har du en idé?") and links to subscribe to its feeds
 * out. Drawn here from the stored, already
 * sanitised items, every text escaped, no script; the same Content-Security-Policy as the other pages.
 */
public final class AreaPage implements HttpService {

    private static final int MAX_EVENTS = 30;
    private static final int MAX_NEWS = 20;
    private static final Pattern SLOT = Pattern.compile("\\{\\{(name|ics|rss|events|news|contact)}}");

    private final AreaContent content;
    private final AreaContacts contacts;
    private final Handler notFound;
    private final Map<Locale, String> templates = new HashMap<>();

    /** The pages of {@code content}'s areas with their {@code contacts}; an unknown area gets {@code notFound}. */
    public AreaPage(AreaContent content, AreaContacts contacts, Handler notFound) {
        this.content = Objects.requireNonNull(content, "content");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.notFound = Objects.requireNonNull(notFound, "notFound");
        String template = WebPages.resource("area.html");
        for (Locale language : WebTexts.LANGUAGES) {
            templates.put(language, WebPages.texts(template, language).replace("{{lang}}", language.getLanguage()));
        }
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{slug}", this::page);
    }

    private void page(ServerRequest req, ServerResponse res) throws Exception {
        var area = content.find(req.path().pathParameters().get("slug"));
        if (area.isEmpty()) {
            notFound.handle(req, res);
            return;
        }
        Locale language = WebPages.language(req, res);
        WebPages.securityHeaders(res);
        res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=utf-8");
        res.header(HeaderNames.CACHE_CONTROL, "max-age=60");
        res.send(html(area.get(), language).getBytes(StandardCharsets.UTF_8));
    }

    private String html(Area area, Locale language) {
        String feeds = "/api/v1/areas/" + area.slug() + "/";
        Map<String, String> values = Map.of("name", WebPages.escape(area.name()),
                "ics", feeds + "events.ics",
                "rss", feeds + "news.rss",
                "events", list(content.eventsAhead(area).stream().limit(MAX_EVENTS).toList(), "area.noEvents", true,
                        language),
                "news", list(content.news(area, MAX_NEWS), "area.noNews", false, language),
                "contact", contact(contacts.find(area.slug()), language));
        // One pass: a "{{news}}" inside an imported title stays text, it is never filled in.
        Matcher m = SLOT.matcher(templates.get(language));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        return m.appendTail(out).toString();
    }

    /** "Har du en idé?": the lokalforum and the Fælles-skaber, as on the area's screens; nothing without them. */
    private static String contact(AreaContacts.Contact contact, Locale language) {
        StringBuilder rows = new StringBuilder();
        row(rows, "area.lokalforum", contact.lokalforumName(), contact.lokalforumContact(), language);
        row(rows, "area.person", contact.personName(), String.join(" · ", java.util.stream.Stream.of(
                contact.personPhone(), contact.personEmail()).filter(p -> !p.isBlank()).toList()), language);
        if (rows.isEmpty()) {
            return "";
        }
        return "<section aria-labelledby=\"contact-heading\">\n<h2 id=\"contact-heading\">"
                + WebPages.escape(WebTexts.get(language, "area.contact")) + "</h2>\n<p class=\"hint\">"
                + WebPages.escape(WebTexts.get(language, "area.contactHint")) + "</p>\n<dl class=\"facts\">"
                + rows + "</dl>\n<p><a id=\"participate\" href=\"" + WebPages.escape(contact.link())
                + "\" rel=\"noopener\">" + WebPages.escape(WebTexts.get(language, "area.participate"))
                + "</a></p>\n</section>";
    }

    private static void row(StringBuilder rows, String labelKey, String name, String reach, Locale language) {
        if (name == null || name.isBlank()) {
            return;
        }
        rows.append("<dt>").append(WebPages.escape(WebTexts.get(language, labelKey))).append("</dt><dd lang=\"da\">")
                .append(WebPages.escape(name)).append(reach == null || reach.isBlank() ? ""
                        : " · " + WebPages.escape(reach)).append("</dd>");
    }

    /** When, in the page's language: Danish date words as on the screens, or English ones. */
    private static String when(Item item, boolean timed, Locale language) {
        java.time.Instant at = timed ? item.start() : AreaContent.published(item);
        if (at == null) {
            return "";
        }
        if (language.equals(WebTexts.DANISH)) {
            return timed ? DanishDates.span(item.start(), item.end(), item.allDay()) : DanishDates.dateTime(at, true);
        }
        String pattern = timed && !item.allDay() ? "EEEE d MMMM yyyy, HH:mm" : "EEEE d MMMM yyyy";
        return java.time.format.DateTimeFormatter.ofPattern(pattern, Locale.UK).format(at.atZone(DanishDates.ZONE));
    }

    private static String list(List<Item> items, String emptyKey, boolean timed, Locale language) {
        if (items.isEmpty()) {
            return "<p class=\"empty\">" + WebPages.escape(WebTexts.get(language, emptyKey)) + "</p>";
        }
        StringBuilder out = new StringBuilder("<ul class=\"cards\">\n");
        for (Item item : items) {
            out.append("<li class=\"card ").append(item.kind().wireName()).append("\">");
            if (item.kind() == ItemKind.MEETING) {
                out.append("<span class=\"badge\">").append(WebPages.escape(WebTexts.get(language, "area.meeting"))).append("</span>");
            }
            // What the items say is Danish whatever the page's language.
            out.append("<h3 lang=\"da\">").append(WebPages.escape(item.title())).append("</h3>");
            String when = when(item, timed, language);
            out.append("<p class=\"when\">").append(WebPages.escape(when))
                    .append(item.location().isBlank() ? "" : " · <span lang=\"da\">" + WebPages.escape(item.location())
                            + "</span>").append("</p>");
            if (item.meeting() != null && !item.meeting().politicians().isEmpty()) {
                out.append("<p>").append(WebPages.escape(WebTexts.get(language, "area.politicians"))).append(' ')
                        .append(WebPages.escape(String.join(", ", item.meeting().politicians()))).append("</p>");
            }
            if (!item.summary().isBlank()) {
                out.append("<p lang=\"da\">").append(WebPages.escape(item.summary())).append("</p>");
            }
            if (item.url().startsWith("https://") || item.url().startsWith("http://")) {
                out.append("<p><a href=\"").append(WebPages.escape(item.url())).append("\" rel=\"nofollow noopener\">")
                        .append(WebPages.escape(WebTexts.get(language, "area.readMore"))).append("</a></p>");
            }
            out.append("</li>\n");
        }
        return out.append("</ul>").toString();
    }
}
