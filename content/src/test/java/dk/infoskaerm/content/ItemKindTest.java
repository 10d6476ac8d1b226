package dk.infoskaerm.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.content.importers.ImportRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ItemKindTest {

    @ParameterizedTest
    @EnumSource(ItemKind.class)
    void wireNameRoundTrips(ItemKind kind) {
        assertEquals(kind, ItemKind.fromWire(kind.wireName()));
        assertEquals(Optional.of(kind), ItemKind.findByWire(kind.wireName()));
    }

    @Test
    void unknownWireNameIsRefusedNamingEveryKind() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ItemKind.fromWire("fest"));

        assertEquals("unknown item kind: 'fest' (expected event, meeting, news, announcement, urgent, contact, book"
                + " or agenda)", e.getMessage());
        assertEquals(Optional.empty(), ItemKind.findByWire("fest"));
    }

    @Test
    void sourcesImportEventsMeetingsAndNews() {
        assertEquals(List.of(ItemKind.EVENT, ItemKind.MEETING, ItemKind.NEWS), ItemKind.importableKinds());
        assertEquals("event, meeting eller news", ItemKind.wireNames(ItemKind.importableKinds(), "eller"));
    }

    @ParameterizedTest
    @EnumSource(ItemKind.class)
    void tickerKindsAreTimedAndTimedKindsShowTheirStart(ItemKind kind) {
        assertTrue(!kind.inTicker() || kind.timed(), kind + " is in the ticker, which lists starts");
        assertTrue(!kind.timed() || kind.showsStart(), kind + " happens at a time it does not show");
    }

    @Test
    void feedsOutCarryHappeningsAndPublications() {
        assertEquals(Set.of(ItemKind.EVENT, ItemKind.MEETING), kindsIn(ItemKind.FeedOut.CALENDAR));
        assertEquals(Set.of(ItemKind.NEWS, ItemKind.ANNOUNCEMENT), kindsIn(ItemKind.FeedOut.NEWS));
        assertEquals(Set.of(ItemKind.URGENT, ItemKind.CONTACT, ItemKind.BOOK, ItemKind.AGENDA),
                kindsIn(ItemKind.FeedOut.NONE));
    }

    @Test
    void onlyTheAreasStandingInvitationsRecur() {
        assertEquals(Set.of(ItemKind.CONTACT, ItemKind.BOOK), Set.copyOf(List.of(ItemKind.values()).stream()
                .filter(ItemKind::recurring).toList()));
        for (ItemKind kind : ItemKind.values()) {
            assertTrue(!kind.recurring() || !kind.timed() && !kind.importable() && !kind.inTicker(), kind.toString());
        }
    }

    @Test
    void onlyUrgentMessagesTakeTheScreenOver() {
        assertEquals(Set.of(ItemKind.URGENT), Set.copyOf(List.of(ItemKind.values()).stream()
                .filter(ItemKind::takesOver).toList()));
    }

    @Test
    void anImportRequestRefusesAKindSourcesCannotHave() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        ImportRequest request = ImportRequest.of("s", from, from.plusSeconds(60));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> request.withKind(ItemKind.ANNOUNCEMENT));

        assertEquals("kind must be event, meeting or news: announcement", e.getMessage());
    }

    private static Set<ItemKind> kindsIn(ItemKind.FeedOut feedOut) {
        return Set.copyOf(List.of(ItemKind.values()).stream().filter(k -> k.feedOut() == feedOut).toList());
    }
}
