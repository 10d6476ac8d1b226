package dk.infoskaerm.server.screens;

import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.text.DanishDates;
import dk.infoskaerm.render.FrameRenderer;
import dk.infoskaerm.server.accounts.Auth;
import dk.infoskaerm.server.http.ApiException;
import dk.infoskaerm.server.http.Responses;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code GET /api/v1/screens/{id}/schedule?from=…&hours=…}: what plays when on a screen — every stretch of one
 * slide, and per slide how often and how long — computed by the same rotation the screens run. For administrators
 * only: it costs real CPU per call (a day of rotation), unlike the cached feed.
 */
public final class ScheduleService implements HttpService {

    private static final int MAX_PLAYS = 20_000;
    private static final int MAX_HOURS = 24;

    private final FeedCache feeds;
    private final Clock clock;
    private final Auth auth;

    /** A service computing schedules from {@code feeds} for the administrators {@code auth} lets in. */
    public ScheduleService(FeedCache feeds, Clock clock, Auth auth) {
        this.feeds = Objects.requireNonNull(feeds, "feeds");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.auth = Objects.requireNonNull(auth, "auth");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{id}/schedule", this::schedule);
    }

    private void schedule(ServerRequest req, ServerResponse res) {
        auth.requireAdmin(req);
        Instant from = req.query().first("from").map(ScheduleService::instant)
                .orElseGet(() -> clock.instant().truncatedTo(ChronoUnit.SECONDS));
        int hours = req.query().first("hours").map(ScheduleService::hours).orElse(1);
        Instant until = from.plus(Duration.ofHours(hours));
        Feed feed = feeds.composeAt(req.path().pathParameters().get("id"), from);
        List<Feed.Play> plays = feed.plays(from, until, MAX_PLAYS);
        Responses.json(res, new Schedule(feed.screenId(), from, until, plays.stream().map(PlayView::of).toList(),
                summary(plays)));
    }

    private static Map<String, SlideSummary> summary(List<Feed.Play> plays) {
        Map<String, SlideSummary> bySlide = new LinkedHashMap<>();
        for (Feed.Play play : plays) {
            String id = play.slide() == null ? "idle" : play.slide().id();
            long seconds = Duration.between(play.from(), play.until()).toSeconds();
            bySlide.merge(id, new SlideSummary(play.slide() == null ? null : FrameRenderer.titleShown(play.slide()),
                    play.slide() == null ? null : play.slide().start(), 1, seconds, play.from(), play.until()),
                    SlideSummary::plus);
        }
        return bySlide;
    }

    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value).atZone(DanishDates.ZONE).toInstant();
            } catch (DateTimeParseException e2) {
                throw new ApiException(Status.BAD_REQUEST_400,
                        "schedule.from", "from");
            }
        }
    }

    private static int hours(String value) {
        try {
            int hours = Integer.parseInt(value);
            if (hours >= 1 && hours <= MAX_HOURS) {
                return hours;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ApiException(Status.BAD_REQUEST_400, "schedule.hours", "hours", MAX_HOURS);
    }

    record Schedule(String screenId, Instant from, Instant until, List<PlayView> plays,
                    Map<String, SlideSummary> slides) {
    }

    /** One stretch of a slide on screen; {@code start} is when its event or meeting begins (each occurrence's own). */
    record PlayView(String slideId, ItemKind kind, String title, Instant start, Instant from, Instant until) {
        static PlayView of(Feed.Play play) {
            return play.slide() == null ? new PlayView(null, null, null, null, play.from(), play.until())
                    : new PlayView(play.slide().id(), play.slide().kind(), FrameRenderer.titleShown(play.slide()), play.slide().start(),
                            play.from(), play.until());
        }
    }

    record SlideSummary(String title, Instant start, int times, long seconds, Instant first, Instant last) {
        SlideSummary plus(SlideSummary other) {
            return new SlideSummary(title, start, times + other.times, seconds + other.seconds, first, other.last);
        }
    }
}
