package dk.infoskaerm.server.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.content.Area;
import dk.infoskaerm.server.areas.AreaRepository;
import dk.infoskaerm.server.db.Database;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionExpiryTest {

    private Database db;
    private SessionStore sessions;
    private Account account;
    private final MutableClock clock = new MutableClock();

    @BeforeEach
    void open() {
        db = Database.open("jdbc:h2:mem:sessions-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "", 2);
        db.inContentTransaction(c -> {
            AreaRepository.insert(c, new Area("tuse", "Tuse"), 0);
            return null;
        });
        Accounts accounts = Accounts.create(db, new AreaRepository(db), new AccountSettings(4, 20,
                Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofHours(8),
                Duration.ofHours(24), false, ""));
        account = accounts.createWithPassword("lone", Role.VOLUNTEER, Set.of("tuse"), Set.of(), "kode-kode-kode");
        sessions = new SessionStore(db, new AccountRepository(db), Duration.ofHours(8), Duration.ofHours(24), clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void sessionEndsAfterIdleTime() {
        SessionStore.NewSession s = sessions.create(account.id());
        clock.advance(Duration.ofHours(7));
        assertTrue(sessions.find(s.id()).isPresent(), "used within the idle time");
        clock.advance(Duration.ofHours(7));
        assertTrue(sessions.find(s.id()).isPresent(), "idle time counts from the last use");
        clock.advance(Duration.ofHours(8).plusMinutes(1));
        assertFalse(sessions.find(s.id()).isPresent());
    }

    @Test
    void sessionEndsAtAbsoluteExpiryEvenWhenUsed() {
        SessionStore.NewSession s = sessions.create(account.id());
        for (int hour = 0; hour < 23; hour++) {
            clock.advance(Duration.ofHours(1));
            assertTrue(sessions.find(s.id()).isPresent());
        }
        clock.advance(Duration.ofHours(1));
        assertFalse(sessions.find(s.id()).isPresent());
    }

    @Test
    void csrfTokenBelongsToTheSession() {
        SessionStore.NewSession a = sessions.create(account.id());
        SessionStore.NewSession b = sessions.create(account.id());
        assertEquals(a.csrfToken(), sessions.find(a.id()).orElseThrow().csrfToken());
        assertFalse(a.csrfToken().equals(b.csrfToken()));
    }
}
