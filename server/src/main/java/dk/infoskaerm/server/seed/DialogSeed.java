package dk.infoskaerm.server.seed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.infoskaerm.server.areas.AreaContacts;
import dk.infoskaerm.server.politicians.Politicians;
import java.util.List;

/**
 * The dialogue part of the demo data (key {@code dialog} of the seed file): politicians, the areas' contacts for
 * "Har du en idé?", and dialogue meetings, some with sign-up. Loaded on a first start, after the administrator
 * exists, who is the meetings' organiser.
 *
 * @param politicians the register
 * @param contacts per area (key {@code area})
 * @param meetings dialogue meetings entered by hand
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DialogSeed(List<Politicians.Politician> politicians, List<AreaContacts.Contact> contacts,
                         List<MeetingShape> meetings) {

    /** Nothing to load. */
    public static final DialogSeed NONE = new DialogSeed(List.of(), List.of(), List.of());

    /** Normalises absent lists. */
    public DialogSeed {
        politicians = politicians == null ? List.of() : List.copyOf(politicians);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
    }

    /**
     * A demo meeting; times as for demo items, relative to the first start.
     *
     * @param politicians positions in {@link #politicians()} of those attending
     * @param others free text, e.g. "to medlemmer af udvalget"
     * @param capacity seats, with sign-up by QR when {@code signUp} is true
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MeetingShape(String area, String title, String committee, List<Integer> politicians,
                               List<String> others, String organiser, String location, Integer startsInDays,
                               String time, Integer durationMinutes, Boolean signUp, Integer capacity) {
    }
}
