package dk.infoskaerm.content;

import java.util.List;

/**
 * What makes a dialogue meeting one: who attends and how to sign up.
 *
 * @param politicians names of the politicians attending
 * @param committee the committee holding or attending it, or empty
 * @param signUp how to sign up (free text or a URL), or empty
 */
public record MeetingDetails(List<String> politicians, String committee, String signUp) {

    /** Normalises nulls to empty values. */
    public MeetingDetails {
        politicians = politicians == null ? List.of() : List.copyOf(politicians);
        committee = committee == null ? "" : committee;
        signUp = signUp == null ? "" : signUp;
    }
}
