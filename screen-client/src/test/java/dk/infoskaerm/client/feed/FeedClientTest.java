package dk.infoskaerm.client.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedClientTest {

    @Test
    void fetchesFeedThenGetsNotModifiedWithIfNoneMatch() throws Exception {
        try (FeedServer server = new FeedServer()) {
            FeedClient client = new FeedClient(server.url(), "moerkoev");

            FetchResult.Modified first = assertInstanceOf(FetchResult.Modified.class, client.fetch(null));
            FetchResult second = client.fetch(first.etag());

            assertEquals("Mørkøv", first.feed().areaName());
            assertEquals(FeedServer.ETAG, first.etag());
            assertInstanceOf(FetchResult.NotModified.class, second);
            assertEquals(List.of("null", FeedServer.ETAG), server.ifNoneMatch);
        }
    }

    @Test
    void unknownScreenGivesErrorNamingUrlStatusAndReason() throws Exception {
        try (FeedServer server = new FeedServer()) {
            FeedClient client = new FeedClient(server.url(), "ukendt");

            FeedFetchException e = assertThrows(FeedFetchException.class, () -> client.fetch(null));

            assertEquals(404, e.status());
            assertTrue(e.getMessage().contains(server.url() + "/api/v1/screens/ukendt/feed"), e.getMessage());
            assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
            assertTrue(e.getMessage().contains("unknown screen"), e.getMessage());
        }
    }

    @Test
    void unreachableServerGivesErrorNamingUrl() throws Exception {
        URI gone;
        try (FeedServer server = new FeedServer()) {
            gone = server.url();
        }
        FeedClient client = new FeedClient(gone, "moerkoev");

        FeedFetchException e = assertThrows(FeedFetchException.class, () -> client.fetch(null));

        assertEquals(-1, e.status());
        assertTrue(e.getMessage().contains(gone + "/api/v1/screens/moerkoev/feed"), e.getMessage());
    }

    @Test
    void serverUrlWithTrailingSlashGivesSameFeedUrl() {
        assertEquals(URI.create("http://h:8080/api/v1/screens/moerkoev/feed"),
                new FeedClient(URI.create("http://h:8080/"), "moerkoev").feedUri());
    }
}
