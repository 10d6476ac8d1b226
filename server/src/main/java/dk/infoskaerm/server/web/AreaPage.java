package dk.infoskaerm.server.web;

import dk.infoskaerm.content.Area;
import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.text.DanishDates;
import dk.infoskaerm.server.areas.AreaContent;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * {@code /omraade/{slug}}: an area's public page, for a phone — what its screens show (events and dialogue meetings
 * ahead, news and announcements) and links to subscribe to its feeds out. Drawn here from the stored, already
 * sanitised items, every text escaped, no script; the same Content-Security-Policy as the other pages.
 */
public final class AreaPage implements HttpService {

    private static final int MAX_EVENTS = 30;
    private static final int MAX_NEWS = 20;

    private final AreaContent content;
    private final Handler notFound;
    private final String template = WebPages.texts(WebPages.resource("area.html"));

    /** The pages of {@code content}'s areas; an unknown area gets {@code notFound}. */
    public AreaPage(AreaContent content, Handler notFound) {
        this.content = Objects.requireNonNull(content, "content");
        this.notFound = Objects.requireNonNull(notFound, "notFound");
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
        WebPages.securityHeaders(res);
        res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=utf-8");
        res.header(HeaderNames.CACHE_CONTROL, "max-age=60");
        res.send(html(area.get()).getBytes(StandardCharsets.UTF_8));
    }

    private String html(Area area) {
        String feeds = "/api/v1/areas/" + area.slug() + "/";
        return template.replace("{{name}}", WebPages.escape(area.name()))
                .replace("{{ics}}", feeds + "events.ics")
                .replace("{{rss}}", feeds + "news.rss")
                .replace("{{events}}", list(content.eventsAhead(area).stream().limit(MAX_EVENTS).toList(),
                        "area.noEvents", true))
                .replace("{{news}}", list(content.news(area, MAX_NEWS), "area.noNews", false));
    }

    private static String list(List<Item> items, String emptyKey, boolean timed) {
        if (items.isEmpty()) {
            return "<p class=\"empty\">" + WebPages.escape(WebTexts.get(emptyKey)) + "</p>";
        }
        StringBuilder out = new StringBuilder("<ul class=\"cards\">\n");
        for (Item item : items) {
            out.append("<li class=\"card ").append(item.kind().wireName()).append("\">");
            if (item.kind() == ItemKind.MEETING) {
                out.append("<span class=\"badge\">").append(WebPages.escape(WebTexts.get("area.meeting"))).append("</span>");
            }
            out.append("<h3>").append(WebPages.escape(item.title())).append("</h3>");
            String when = timed ? DanishDates.span(item.start(), item.end(), item.allDay())
                    : AreaContent.published(item) == null ? "" : DanishDates.dateTime(AreaContent.published(item), true);
            out.append("<p class=\"when\">").append(WebPages.escape(when))
                    .append(item.location().isBlank() ? "" : " · " + WebPages.escape(item.location())).append("</p>");
            if (item.meeting() != null && !item.meeting().politicians().isEmpty()) {
                out.append("<p>").append(WebPages.escape(WebTexts.get("area.politicians"))).append(' ')
                        .append(WebPages.escape(String.join(", ", item.meeting().politicians()))).append("</p>");
            }
            if (!item.summary().isBlank()) {
                out.append("<p>").append(WebPages.escape(item.summary())).append("</p>");
            }
            if (item.url().startsWith("https://") || item.url().startsWith("http://")) {
                out.append("<p><a href=\"").append(WebPages.escape(item.url())).append("\" rel=\"nofollow noopener\">")
                        .append(WebPages.escape(WebTexts.get("area.readMore"))).append("</a></p>");
            }
            out.append("</li>\n");
        }
        return out.append("</ul>").toString();
    }
}
