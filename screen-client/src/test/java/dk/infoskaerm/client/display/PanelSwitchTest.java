package dk.infoskaerm.client.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.client.Fixtures;
import dk.infoskaerm.client.feed.CurrentFeed;
import dk.infoskaerm.content.OpeningHours;
import dk.infoskaerm.content.feed.Feed;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Which way the panel is powered down and up, and when: the decisions, with methods that say what they were asked. */
class PanelSwitchTest {

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final List<String> calls = new CopyOnWriteArrayList<>();

    /** A method that records each call and fails with {@code problem} when it is not null. */
    private PanelSwitch.Method method(String name, String problem) {
        return new PanelSwitch.Method() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<String> power(boolean on) {
                calls.add(name + (on ? " on" : " off"));
                return Optional.ofNullable(problem);
            }
        };
    }

    private PanelSwitch panel(PanelSwitch.Method... methods) {
        return new PanelSwitch(List.of(methods), new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @Test
    void theFirstMethodThatWorksPowersDownAndTheSamePowersUp() {
        PanelSwitch panel = panel(method("cec", "no adapter"), method("dpms", null));

        assertEquals("dpms", panel.power(false));
        assertEquals("dpms", panel.power(true));

        assertEquals(List.of("cec off", "dpms off", "dpms on"), calls);
        String text = log.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("panel: powered down by dpms (outside opening hours)"), text);
        assertTrue(text.contains("panel: powered up by dpms (opening hours)"), text);
    }

    @Test
    void whenNothingWorksTheScreenIsBlackAndTheLogSaysWhy() {
        PanelSwitch panel = panel(method("cec", "no adapter"), method("dpms", "the X server has no DPMS"));

        assertEquals("black", panel.power(false));
        assertEquals("black", panel.power(true));

        assertEquals(List.of("cec off", "dpms off"), calls, "nothing to power up");
        assertTrue(log.toString(StandardCharsets.UTF_8).contains(
                "panel: outside opening hours, black only (cec: no adapter; dpms: the X server has no DPMS)"));
    }

    @Test
    void followsTheOpeningHoursOncePerChange() throws Exception {
        Feed base = Fixtures.moerkoev();
        OpeningHours morning = new OpeningHours(List.of(new OpeningHours.Period(Set.of(DayOfWeek.values()),
                LocalTime.of(8, 0), LocalTime.of(12, 0))), OpeningHours.Outside.DARK);
        CurrentFeed current = new CurrentFeed(new Feed(base.version(), base.screenId(), base.screenName(),
                base.areaSlug(), base.areaName(), base.orientation(), base.slides(), base.ticker(), morning));
        try (PanelSwitch panel = panel(method("dpms", null))) {
            // MONDAY_10 is open; an hour later still; at 13:00 closed, at 8:30 next day open again
            panel.follow(current, Fixtures.MONDAY_10);
            panel.follow(current, Fixtures.MONDAY_10.plusSeconds(3600));
            panel.follow(current, Fixtures.MONDAY_10.plusSeconds(3 * 3600));
            panel.follow(current, Fixtures.MONDAY_10.plusSeconds(3 * 3600 + 1));
            panel.follow(current, Fixtures.MONDAY_10.plusSeconds(22 * 3600 + 1800));
            for (int i = 0; i < 100 && calls.size() < 2; i++) {
                Thread.sleep(20);
            }
            Thread.sleep(100);
        }
        assertEquals(List.of("dpms off", "dpms on"), calls);
    }
}
