package dk.infoskaerm.content;

import java.util.List;

/**
 * What makes a dialogue meeting one: who attends and how to sign up.
 *
 * @param politicians who attends, one entry per person or group: "name (party), role", or free text such as "to
 *                    medlemmer af udvalget"
 * @param committee the committee holding or attending it, or empty
 * @param signUp how to sign up (free text or a URL), or empty
 * @param seatsLeft for a meeting with sign-up on the server and a capacity: the seats still free (0 is fully
 *                  booked); null otherwise
 */
public record MeetingDetails(List<String> politicians, String committee, String signUp, Integer seatsLeft) {

    /** Normalises nulls to empty values. */
    public MeetingDetails {
        politicians = politicians == null ? List.of() : List.copyOf(politicians);
        committee = committee == null ? "" : committee;
        signUp = signUp == null ? "" : signUp;
        if (seatsLeft != null && seatsLeft < 0) {
            throw new IllegalArgumentException("seatsLeft must not be negative: " + seatsLeft);
        }
    }

    /** Details without a counted sign-up. */
    public MeetingDetails(List<String> politicians, String committee, String signUp) {
        this(politicians, committee, signUp, null);
    }
}
