package dk.infoskaerm.server.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.importers.ImportRequest;
import dk.infoskaerm.content.importers.ImportResult;
import dk.infoskaerm.content.importers.Importers;
import dk.infoskaerm.server.accounts.Role;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Feeds out per area, read back as a lokalforum website would: the channel link, pictures, dialogue meetings. */
class AreaFeedsIT {

    private static final String AREA = "kundby";

    @TempDir
    static Path dataDir;
    private static Api api;
    private static Api.Login volunteer;

    @BeforeAll
    static void start() {
        api = Api.start(dataDir, Map.of());
        api.server.app().accounts().createWithPassword("frivillig-feeds", Role.VOLUNTEER, Set.of(AREA), Set.of(),
                Api.PASSWORD);
        volunteer = api.login("frivillig-feeds", Api.PASSWORD);
        // The volunteer's posts and meetings go straight out here (areas start by needing approval).
        api.server.app().accounts().createWithPassword("admin-feeds", Role.ADMIN, Set.of(), Set.of(), Api.PASSWORD);
        Api.Res direct = api.json(api.login("admin-feeds", Api.PASSWORD), "PUT", "/api/v1/moderation/areas/" + AREA,
                Map.of("moderation", "direct"));
        org.junit.jupiter.api.Assertions.assertEquals(200, direct.status(), direct.error());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void theRssChannelLinkAnswers() throws Exception {
        Document rss = rss();
        Element channel = (Element) rss.getElementsByTagName("channel").item(0);
        URI link = URI.create(child(channel, "link").getTextContent().trim());
        assertTrue(link.isAbsolute(), link.toString());
        Api.Res r = api.get(null, link.getRawPath());
        assertEquals(200, r.status(), "the channel link " + link + " answers");
    }

    @Test
    void aPostsPictureTravelsAsAnEnclosureWithItsAbsoluteUrlTypeAndLength() throws Exception {
        Api.Res post = api.json(volunteer, "POST", "/api/v1/posts", Api.post("Høstmarked med billede", "Tekst",
                List.of(AREA)));
        assertEquals(201, post.status(), post.error());
        Api.Res withImage = api.send(volunteer, "PUT", "/api/v1/posts/" + post.json().get("id").asText() + "/image",
                "image/png", TestImages.png(80, 60, false));
        assertEquals(200, withImage.status(), withImage.error());
        String imageUrl = withImage.json().get("imageUrl").asText();
        Api.Res image = api.get(null, imageUrl);

        Element item = itemTitled(rss(), "Høstmarked med billede");
        NodeList enclosures = item.getElementsByTagName("enclosure");
        assertEquals(1, enclosures.getLength(), "one enclosure for the picture");
        Element enclosure = (Element) enclosures.item(0);
        URI url = URI.create(enclosure.getAttribute("url"));
        assertTrue(url.isAbsolute() && url.getRawPath().equals(imageUrl), url.toString());
        assertEquals("image/jpeg", enclosure.getAttribute("type"));
        assertEquals(String.valueOf(image.bytes().length), enclosure.getAttribute("length"));
        assertEquals(200, api.get(null, url.getRawPath()).status());

        Api.Res plain = api.json(volunteer, "POST", "/api/v1/posts", Api.post("Uden billede", "Tekst", List.of(AREA)));
        assertEquals(201, plain.status(), plain.error());
        assertEquals(0, itemTitled(rss(), "Uden billede").getElementsByTagName("enclosure").getLength());
    }

    @Test
    void theNewsFeedStillReadsBackThroughOurImporter() {
        api.json(volunteer, "POST", "/api/v1/posts", Api.post("Læses igen", "Tekst", List.of(AREA)));
        Api.Res r = api.get(null, "/api/v1/areas/" + AREA + "/news.rss");
        ImportResult result = importBack(r, "application/rss+xml");
        assertEquals(List.of(), result.problems());
        assertTrue(result.screenItems().stream().map(Item::title).toList().contains("Læses igen"));
    }

    @Test
    void aDialogueMeetingsPoliticiansAndCommitteeAreInTheCalendarDescription() {
        Api.Res meeting = api.json(volunteer, "POST", "/api/v1/meetings", Api.meeting(AREA, "Dialogmøde om busserne"));
        assertEquals(201, meeting.status(), meeting.error());
        Api.Res ics = api.get(null, "/api/v1/areas/" + AREA + "/events.ics");
        assertEquals(200, ics.status());
        ImportResult result = importBack(ics, "text/calendar");
        assertEquals(List.of(), result.problems());
        Item read = result.screenItems().stream().filter(i -> i.title().equals("Dialogmøde om busserne")).findFirst()
                .orElseThrow(() -> new AssertionError("meeting not in events.ics: " + ics.body()));
        assertTrue(read.summary().contains("Teknik- og Miljøudvalget"), read.summary());
        assertTrue(read.summary().contains("Anne Hansen") && read.summary().contains("Bo Jensen"), read.summary());
    }

    private static ImportResult importBack(Api.Res r, String type) {
        try {
            return Importers.parse(r.bytes(), type, URI.create("http://127.0.0.1/"), ImportRequest.of("rt",
                    Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(60))));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Document rss() throws Exception {
        Api.Res r = api.get(null, "/api/v1/areas/" + AREA + "/news.rss");
        assertEquals(200, r.status());
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(r.bytes()));
    }

    private static Element itemTitled(Document rss, String title) {
        NodeList items = rss.getElementsByTagName("item");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            if (child(item, "title").getTextContent().trim().equals(title)) {
                return item;
            }
        }
        throw new AssertionError("no item " + title);
    }

    private static Element child(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
    }
}
