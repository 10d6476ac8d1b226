package dk.infoskaerm.client;

import dk.infoskaerm.client.display.HeadlessDisplay;
import dk.infoskaerm.client.display.PanelSwitch;
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
import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * One running screen: the cached feed at start, the poller, the change events, the heartbeats and the settings
 * watcher around a display. {@link Main} runs it; tests start it to look at its state.
 */
public final class ScreenClient implements AutoCloseable {

    /** How often the settings file is checked for changes. */
    static final long SETTINGS_CHECK_MILLIS = 2_000;
    /** How long {@link #runDisplay} holds the network back for the first frame at most. */
    static final Duration FIRST_FRAME_WAIT = Duration.ofSeconds(5);

    private final Settings initial;
    private final boolean displayPresent;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final FeedCache cache;
    private final String cachedEtag;
    private final CurrentFeed current;
    private final AtomicReference<Instant> lastChangeEvent = new AtomicReference<>();
    private final CountDownLatch firstFrame = new CountDownLatch(1);
    private volatile Supplier<Optional<BufferedImage>> screen = Optional::empty;
    private final List<Thread> threads = new ArrayList<>();
    private FeedPoller poller;
    private ChangeEvents events;
    private SettingsWatcher watcher;
    private boolean started;
    private boolean closed;

    /**
     * Prepares the client for {@code settings} (already checked, folders created) with the cached feed; {@link #start}
     * runs the network and the settings watcher, {@link #runDisplay} the display.
     */
    public ScreenClient(Settings settings, boolean displayPresent, PrintStream out, PrintStream err) {
        this(settings, displayPresent, Clock.systemUTC(), out, err);
    }

    /** As the other constructor, with every decision of what to show and when to fetch taken by {@code clock}. */
    public ScreenClient(Settings settings, boolean displayPresent, Clock clock, PrintStream out, PrintStream err) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.initial = Objects.requireNonNull(settings, "settings");
        this.displayPresent = displayPresent;
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        cache = new FeedCache(settings.cacheDir());
        Optional<CachedFeed> cached = cache.load().filter(c -> c.feed().screenId().equals(settings.screenId()));
        cache.problems().forEach(p -> err.println("cache: " + p));
        out.println("screen-client: screen " + settings.screenId() + " from " + settings.serverUrl().orElseThrow()
                + ", cache in " + settings.cacheDir() + (cached.isPresent()
                ? " (showing the cached feed until the server answers)" : " (empty: idle slide until the server answers)"));
        current = new CurrentFeed(cached.map(CachedFeed::feed).orElse(null), cache.pictures());
        cachedEtag = cached.map(CachedFeed::etag).orElse(null);
    }

    /** Starts fetching, listening, sending heartbeats and watching the settings file, unless already started. */
    public synchronized ScreenClient start() {
        if (started || closed) {
            return this;
        }
        started = true;
        URI server = initial.serverUrl().orElseThrow();
        poller = new FeedPoller(new FeedClient(server, initial.screenId()), cache, current, cachedEtag, initial.poll(),
                clock, err);
        events = new ChangeEvents(server, initial.screenId(), poller, err);
        events.onChanged(lastChangeEvent::set);
        watcher = new SettingsWatcher(initial, displayPresent, SETTINGS_CHECK_MILLIS, this::apply, err);
        threads.add(Thread.ofPlatform().daemon().name("feed-poller").start(poller));
        threads.add(Thread.ofPlatform().daemon().name("feed-events").start(events));
        threads.add(Thread.ofPlatform().daemon().name("heartbeats").start(
                new Heartbeats(watcher::current, current, clock, err, () -> screen.get())));
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
    public synchronized Settings settings() {
        return watcher == null ? initial : watcher.current();
    }

    /** Waits up to {@code timeout} for the display's first frame; false when it did not come. */
    public boolean awaitFirstFrame(Duration timeout) throws InterruptedException {
        return firstFrame.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Shows the feed until the window closes or the thread is interrupted. The client is {@linkplain #start started}
     * once the first frame is shown (at most {@link #FIRST_FRAME_WAIT} later), so that the network does not compete
     * with it for the processor.
     */
    public void runDisplay() throws InterruptedException {
        runDisplay(() -> { });
    }

    /** As {@link #runDisplay()}, calling {@code onTick} on every turn of the display's render loop. */
    public void runDisplay(Runnable onTick) throws InterruptedException {
        Thread.ofPlatform().daemon().name("start-after-first-frame").start(() -> {
            try {
                awaitFirstFrame(FIRST_FRAME_WAIT);
                start();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        if (initial.displayMode() == DisplayMode.HEADLESS) {
            HeadlessDisplay display = new HeadlessDisplay(current, initial.framesDir(), initial.screenId(),
                    initial.width(), initial.height(), clock, out, firstFrame::countDown);
            screen = display::capture;
            display.run(onTick);
        } else {
            try (PanelSwitch panel = PanelSwitch.of(initial.panelPower(), Map.of(), out)) {
                WindowDisplay display = new WindowDisplay(current, initial.displayMode() == DisplayMode.FULLSCREEN,
                        initial.width(), initial.height(), clock, out, firstFrame::countDown).touch(initial.touch());
                screen = display::capture;
                display.run(() -> {
                    onTick.run();
                    panel.follow(current, clock.instant());
                });
            }
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
    public synchronized void close() {
        closed = true;
        if (watcher != null) {
            watcher.close();
        }
        threads.forEach(Thread::interrupt);
    }
}
