package dk.infoskaerm.server.seed;

import dk.infoskaerm.content.text.DanishDates;
import dk.infoskaerm.server.accounts.Caller;
import dk.infoskaerm.server.areas.AreaContacts;
import dk.infoskaerm.server.politicians.Politicians;
import dk.infoskaerm.server.posts.Meetings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/** Loads the dialogue part of the demo data ({@link DialogSeed}) on a first start, through the same code as the API. */
public final class DialogDemo {

    private static final Logger LOG = Logger.getLogger(DialogDemo.class.getName());

    private DialogDemo() {
    }

    /** Loads {@code seed} as {@code admin}, the meetings' organiser; times are relative to {@code today}. */
    public static void load(DialogSeed seed, Caller admin, Politicians politicians, AreaContacts contacts,
                            Meetings meetings, LocalDate today) {
        List<String> ids = new ArrayList<>();
        for (Politicians.Politician p : seed.politicians()) {
            ids.add(politicians.create(admin, p).id());
        }
        for (AreaContacts.Contact contact : seed.contacts()) {
            contacts.save(admin, contact.area(), contact);
        }
        for (DialogSeed.MeetingShape m : seed.meetings()) {
            Instant start = today.plusDays(m.startsInDays() == null ? 0 : m.startsInDays())
                    .atTime(LocalTime.parse(m.time() == null ? "19:00" : m.time())).atZone(DanishDates.ZONE).toInstant();
            Instant end = m.durationMinutes() == null ? null : start.plus(Duration.ofMinutes(m.durationMinutes()));
            List<String> attending = (m.politicians() == null ? List.<Integer>of() : m.politicians()).stream()
                    .map(ids::get).toList();
            meetings.enter(admin, m.area(), m.title(), m.committee(), attending,
                    m.others() == null ? List.of() : m.others(), m.organiser(), m.location(), start, end,
                    Boolean.TRUE.equals(m.signUp()), m.capacity()).ifPresent(code ->
                    LOG.info(() -> "Demo meeting '" + m.title() + "' takes sign-ups at /m/" + code));
        }
    }
}
