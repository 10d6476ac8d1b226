package dk.infoskaerm.client;

import dk.infoskaerm.client.display.HeadlessDisplay;
import dk.infoskaerm.client.display.WindowDisplay;
import dk.infoskaerm.client.feed.CachedFeed;
import dk.infoskaerm.client.feed.ChangeEvents;
import dk.infoskaerm.client.feed.CurrentFeed;
import dk.infoskaerm.client.feed.FeedCache;
import dk.infoskaerm.client.feed.FeedClient;
import dk.infoskaerm.client.feed.FeedPoller;
import dk.infoskaerm.client.heartbeat.Heartbeats;
import dk.infoskaerm.client.settings.DisplayMode;
import dk.infoskaerm.client.settings.Settings;
import dk.infoskaerm.client.settings.SettingsWatcher;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One running screen: the cached feed at start, the poller, the change events, the heartbeats and the settings
 * watcher around a display. {@link Main} runs it; tests start it to look at its state.
 */
public final class ScreenClient implements AutoCloseable {

    /** How often the settings file is checked for changes. */
    static final long SETTINGS_CHECK_MILLIS = 2_000;

    private final Settings initial;
    private final PrintStream out;
    private final CurrentFeed current;
    private final FeedPoller poller;
    private final ChangeEvents events;
    private final SettingsWatcher watcher;
    private final AtomicReference<Instant> lastChangeEvent = new AtomicReference<>();
    private final List<Thread> threads = new ArrayList<>();

    /** Prepares the client for {@code settings} (already checked, folders created); {@link #start} runs it. */
    public ScreenClient(Settings settings, boolean displayPresent, PrintStream out, PrintStream err) {
        this.initial = Objects.requireNonNull(settings, "settings");
        this.out = Objects.requireNonNull(out, "out");
        FeedCache cache = new FeedCache(settings.cacheDir());
        Optional<CachedFeed> cached = cache.load().filter(c -> c.feed().screenId().equals(settings.screenId()));
        cache.problems().forEach(p -> err.println("cache: " + p));
        URI server = settings.serverUrl().orElseThrow();
        out.println("screen-client: screen " + settings.screenId() + " from " + server + ", cache in "
                + settings.cacheDir() + (cached.isPresent() ? " (showing the cached feed until the server answers)"
                : " (empty: idle slide until the server answers)"));
        current = new CurrentFeed(cached.map(CachedFeed::feed).orElse(null), cache.pictures());
        poller = new FeedPoller(new FeedClient(server, settings.screenId()), cache, current,
                cached.map(CachedFeed::etag).orElse(null), settings.poll(), err);
        events = new ChangeEvents(server, settings.screenId(), poller, err);
        events.onChanged(lastChangeEvent::set);
        watcher = new SettingsWatcher(settings, displayPresent, SETTINGS_CHECK_MILLIS, this::apply, err);
        threads.add(Thread.ofPlatform().daemon().name("feed-poller").unstarted(poller));
        threads.add(Thread.ofPlatform().daemon().name("feed-events").unstarted(events));
        threads.add(Thread.ofPlatform().daemon().name("heartbeats").unstarted(
                new Heartbeats(watcher::current, current, Clock.systemUTC(), err)));
    }

    /** Starts fetching, listening, sending heartbeats and watching the settings file. */
    public ScreenClient start() {
        threads.forEach(Thread::start);
        watcher.start();
        return this;
    }

    /** The feed shown, with its ETag and when it was applied. */
    public CurrentFeed current() {
        return current;
    }

    /** When the last {@code changed} event announcing a feed other than the one held arrived, if any. */
    public Optional<Instant> lastChangeEvent() {
        return Optional.ofNullable(lastChangeEvent.get());
    }

    /** The settings in force (after reloads). */
    public Settings settings() {
        return watcher.current();
    }

    /** Shows the feed until the window closes or the thread is interrupted. */
    public void runDisplay() throws InterruptedException {
        if (initial.displayMode() == DisplayMode.HEADLESS) {
            new HeadlessDisplay(current, initial.framesDir(), initial.screenId(), initial.width(), initial.height(),
                    Clock.systemUTC(), out).run();
        } else {
            new WindowDisplay(current, initial.displayMode() == DisplayMode.FULLSCREEN, initial.width(),
                    initial.height(), Clock.systemUTC(), out).run();
        }
    }

    private void apply(Settings next) {
        URI server = next.serverUrl().orElseThrow();
        poller.reconfigure(new FeedClient(server, next.screenId()), next.poll());
        events.reconfigure(server, next.screenId());
        poller.wake();
    }

    /** Stops every thread. */
    @Override
    public void close() {
        watcher.close();
        threads.forEach(Thread::interrupt);
    }
}
