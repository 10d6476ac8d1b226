package dk.infoskaerm.render;

import com.google.zxing.common.BitMatrix;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.MeetingDetails;
import dk.infoskaerm.content.OpeningHours;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import dk.infoskaerm.content.text.DanishDates;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws what a screen shows at a moment with Java2D. Depends only on {@code content} and {@code java.desktop}, so the
 * server can reuse it for previews. Thread-safe: it keeps no state.
 */
public final class FrameRenderer {

    private FrameRenderer() {
    }

    /** What a heartbeat reports for a dark screen. */
    public static final String DARK = "dark";
    /** What a heartbeat reports for the idle slide. */
    public static final String IDLE = "idle";

    /**
     * The slide showing at {@code at} by {@link Feed#slideAt}; empty means idle (or dark), as for a null feed and
     * outside the feed's opening hours.
     */
    public static Optional<Slide> slideAt(Feed feed, Instant at) {
        return feed == null || !feed.isOpenAt(at) ? Optional.empty() : feed.slideAt(at);
    }

    /** Whether the screen is black at {@code at}: outside opening hours that say {@code DARK}. */
    public static boolean isDarkAt(Feed feed, Instant at) {
        return feed != null && feed.openingHours() != null && !feed.isOpenAt(at)
                && feed.openingHours().outside() == OpeningHours.Outside.DARK;
    }

    /** What the screen shows at {@code at}, as a heartbeat reports it: a slide's id, {@code idle} or {@code dark}. */
    public static String showingAt(Feed feed, Instant at) {
        return isDarkAt(feed, at) ? DARK : slideAt(feed, at).map(Slide::id).orElse(IDLE);
    }

    /**
     * Renders the frame of {@code feed} at {@code at}; a null feed gives the idle slide without an area name. Outside
     * the feed's opening hours the frame is black or the idle slide, as the hours say.
     */
    public static RenderedFrame render(Feed feed, Instant at, int width, int height) {
        return render(feed, at, width, height, Pictures.NONE);
    }

    /**
     * As {@link #render(Feed, Instant, int, int)}, with the slides' pictures looked up in {@code pictures}; a slide
     * whose picture is not at hand is drawn without it.
     */
    public static RenderedFrame render(Feed feed, Instant at, int width, int height, Pictures pictures) {
        Feed.Play play = feed == null || !feed.isOpenAt(at) ? null : feed.playAt(at).orElse(null);
        return render(feed, play, at, width, height, pictures);
    }

    /**
     * Renders {@code play} (a slide and the stretch of time it is on screen, or null for the idle slide) at {@code at}:
     * for a client that orders the loop itself. A slide whose words need more than one page shows the page that falls
     * on {@code at}, the pages sharing the stretch evenly.
     */
    public static RenderedFrame render(Feed feed, Feed.Play play, Instant at, int width, int height,
                                       Pictures pictures) {
        Slide slide = play == null ? null : play.slide();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Canvas canvas = new Canvas(g);
        try {
            if (isDarkAt(feed, at)) {
                canvas.fill(java.awt.Color.BLACK, new Rectangle(0, 0, width, height));
                return new RenderedFrame(image, null, Layout.of(width, height, 1, false), List.of(), 0, 1, null);
            }
            smooth(g);
            if (slide == null) {
                Layout layout = Layout.of(width, height, 1, false);
                drawIdle(canvas, layout, feed, at);
                Instant tickerTurns = Footer.draw(canvas, layout, Theme.IDLE, feed, at);
                return new RenderedFrame(image, null, layout, canvas.lines(), 0, 1, tickerTurns);
            }
            Optional<BitMatrix> qr = slide.url().isBlank() ? Optional.empty() : QrCodes.encode(slide.url());
            Optional<BufferedImage> picture = slide.hasImage() ? pictures.find(slide.image()) : Optional.empty();
            Layout frame = Layout.of(width, height, 0, qr.isPresent(),
                    picture.map(p -> (double) p.getWidth() / p.getHeight()).orElse(0.0));
            Theme theme = Theme.of(slide.kind());
            SlideText.Fit fit = fit(g, frame, slide, at);
            int page = pageAt(play, at, fit.pages().size());
            Decor.drawBackground(canvas, frame, theme, slide.kind());
            Decor.drawLabel(canvas, frame, theme, Texts.get("kind." + slide.kind().wireName()),
                    slide.kind() == ItemKind.URGENT, feed == null ? "" : feed.areaName());
            Layout layout = drawText(canvas, frame, theme, fit, page);
            picture.ifPresent(p -> Decor.drawPicture(g, p, layout.imageBox(), theme));
            Instant tickerTurns = Footer.draw(canvas, layout, theme, feed, at);
            qr.ifPresent(code -> drawQr(canvas, layout, theme, code));
            return new RenderedFrame(image, slide, layout, canvas.lines(), page, fit.pages().size(),
                    earliest(tickerTurns, nextPage(play, at, fit.pages().size())));
        } finally {
            g.dispose();
        }
    }

    /** The words of {@code slide} at {@code at} fitted to the text column of {@code frame}. */
    static SlideText.Fit fit(Graphics2D g, Layout frame, Slide slide, Instant at) {
        Font titleFont = bold(frame.fonts().title());
        List<SlideText.Info> info = infoLines(slide, at).stream()
                .map(i -> new SlideText.Info(i.label(), Texts.displayable(i.value(), titleFont))).toList();
        // "Har du en idé?" and "Book en politiker" bring data; their headline and text are the screen's own.
        Slide shown = DialogSlides.presented(slide);
        return SlideText.fit(g, frame.fonts(), frame.columnBox().width, frame.columnBox().height, frame.gap(),
                Texts.displayable(shown.title(), titleFont), info, Texts.displayable(shown.body(), titleFont));
    }

    /** When the next page comes on, or null with one page (or on the last). */
    private static Instant nextPage(Feed.Play play, Instant at, int pages) {
        long total = java.time.Duration.between(play.from(), play.until()).toMillis();
        int page = pageAt(play, at, pages);
        return pages <= 1 || page >= pages - 1 ? null : play.from().plusMillis(total * (page + 1) / pages);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    /** Which of {@code pages} falls on {@code at}: the play's stretch split evenly. */
    private static int pageAt(Feed.Play play, Instant at, int pages) {
        long total = java.time.Duration.between(play.from(), play.until()).toMillis();
        long into = java.time.Duration.between(play.from(), at).toMillis();
        if (pages <= 1 || total <= 0) {
            return 0;
        }
        return (int) Math.max(0, Math.min(pages - 1, into * pages / total));
    }

    /**
     * The longest urgent message, in characters of ordinary Danish text, that the smallest orientation shows on one
     * page at the floor sizes: the limit the urgent page and the server's API hold a message to.
     */
    public static int maxUrgentLength() {
        return UrgentLimit.MAX_LENGTH;
    }

    /** Whether urgent {@code text} shows on one page in both orientations, so no screen needs pages or "…" for it. */
    public static boolean urgentFits(String text) {
        return UrgentLimit.fits(text);
    }

    /**
     * The title a screen shows for {@code slide}: its own, or for the area's standing invitations ("Har du en idé?",
     * "Book en politiker"), whose words are the screen's, the screen's headline.
     */
    public static String titleShown(Slide slide) {
        return DialogSlides.presented(slide).title();
    }

    /** Renders a small idle frame once, so that fonts and drawing code are loaded before the first real frame. */
    public static void warmUp() {
        try {
            render(null, Instant.now(), 320, 180);
        } catch (RuntimeException e) {
            // the real frame will meet the same problem and say so
        }
    }

    /** The picture alone, as {@link #render} draws it. */
    public static BufferedImage renderImage(Feed feed, Instant at, int width, int height) {
        return render(feed, at, width, height).image();
    }

    private static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /**
     * The info lines of a slide: when, where, and a meeting's politicians, committee and sign-up; on an agenda, one
     * line for each item still ahead at {@code at}, its time then its title, under a heading for each day.
     */
    static List<SlideText.Info> infoLines(Slide slide, Instant at) {
        if (DialogSlides.presents(slide.kind())) {
            return DialogSlides.infoLines(slide);
        }
        List<SlideText.Info> lines = new ArrayList<>();
        java.time.LocalDate day = null;
        for (Slide.AgendaLine line : slide.agendaAt(at)) {
            java.time.LocalDate starts = line.start().atZone(DanishDates.ZONE).toLocalDate();
            if (!starts.equals(day)) {
                day = starts;
                lines.add(new SlideText.Info(DanishDates.day(day), ""));
            }
            lines.add(new SlideText.Info(line.allDay() ? "" : DanishDates.time(line.start()), line.title()));
        }
        if (slide.kind().showsStart() && slide.start() != null) {
            lines.add(new SlideText.Info(Texts.get("info.when"),
                    DanishDates.span(slide.start(), slide.end(), slide.allDay())));
        }
        if (!slide.location().isBlank()) {
            lines.add(new SlideText.Info(Texts.get("info.where"), slide.location()));
        }
        MeetingDetails meeting = slide.meeting();
        if (slide.kind() == ItemKind.MEETING && meeting != null) {
            // One politician per row, "name (party), role": the label on the first row only.
            for (int i = 0; i < meeting.politicians().size(); i++) {
                lines.add(new SlideText.Info(i == 0 ? Texts.get("info.politicians") : "",
                        meeting.politicians().get(i)));
            }
            if (!meeting.committee().isBlank()) {
                lines.add(new SlideText.Info(Texts.get("info.committee"), meeting.committee()));
            }
            if (meeting.seatsLeft() != null) {
                lines.add(new SlideText.Info(Texts.get("info.signUp"), meeting.seatsLeft() == 0 ? Texts.get("seats.full")
                        : Texts.get(meeting.seatsLeft() == 1 ? "seats.one" : "seats.left").replace("{0}",
                                String.valueOf(meeting.seatsLeft()))));
            } else if (!meeting.signUp().isBlank()) {
                lines.add(new SlideText.Info(Texts.get("info.signUp"), meeting.signUp()));
            }
        }
        return lines;
    }

    /** Draws one page of fitted text down the column; returns the layout with the boxes that text filled. */
    private static Layout drawText(Canvas canvas, Layout frame, Theme theme, SlideText.Fit fit, int page) {
        Rectangle column = frame.columnBox();
        java.util.Map<SlideText.Part, Rectangle> boxes = new java.util.EnumMap<>(SlideText.Part.class);
        int y = column.y;
        SlideText.Part previous = null;
        for (SlideText.Row row : fit.pages().get(page)) {
            y += previous != null && previous != row.part() ? frame.gap() : 0;
            previous = row.part();
            Rectangle line = new Rectangle(column.x, y, column.width, row.height());
            boxes.merge(row.part(), line, Rectangle::union);
            switch (row.part()) {
                case TITLE -> canvas.text(TextLine.Part.TITLE, row.text(), bold(row.fontSize()), line.x, line,
                        theme.text());
                case INFO -> {
                    canvas.text(TextLine.Part.INFO_LABEL, row.label(), bold(row.fontSize()), line.x, line, theme.text());
                    canvas.text(TextLine.Part.INFO, row.text(), plain(row.fontSize()), line.x + fit.infoIndent(), line,
                            theme.text());
                }
                case BODY -> canvas.text(TextLine.Part.BODY, row.text(), plain(row.fontSize()), line.x, line,
                        theme.text());
            }
            y += row.height();
        }
        Rectangle none = new Rectangle(column.x, y, column.width, 0);
        return frame.withText(boxes.getOrDefault(SlideText.Part.TITLE, none),
                boxes.getOrDefault(SlideText.Part.INFO, none), boxes.getOrDefault(SlideText.Part.BODY, none));
    }

    private static void drawQr(Canvas canvas, Layout layout, Theme theme, BitMatrix code) {
        Rectangle box = layout.qrBox();
        QrCodes.draw(canvas.graphics(), code, box);
        Font font = plain(layout.fonts().footer());
        canvas.graphics().setFont(font);
        var metrics = canvas.graphics().getFontMetrics();
        Rectangle line = layout.captionBox();
        String caption = TextFit.line(Texts.get("qr.caption"), metrics, line.width);
        int x = Math.max(line.x, Math.min(line.x + line.width - metrics.stringWidth(caption),
                box.x + (box.width - metrics.stringWidth(caption)) / 2));
        boolean onPanel = !layout.imageBox().isEmpty() || box.intersects(layout.footerBox());
        canvas.text(TextLine.Part.QR_CAPTION, caption, font, x, line, onPanel ? theme.footerText() : theme.text());
    }

    private static void drawIdle(Canvas canvas, Layout layout, Feed feed, Instant at) {
        Theme theme = Theme.IDLE;
        canvas.fill(theme.background(), new Rectangle(0, 0, layout.width(), layout.height()));
        Decor.drawLabel(canvas, layout, theme, Texts.get("idle.label"), false, "");
        String area = feed == null || isBlank(feed.areaName()) ? Texts.get("idle.fallbackArea") : feed.areaName();
        drawWrapped(canvas, TextLine.Part.TITLE, area, bold(layout.fonts().title()), layout.titleBox(), theme);
        drawWrapped(canvas, TextLine.Part.INFO, DanishDates.day(at.atZone(DanishDates.ZONE).toLocalDate()),
                plain(layout.fonts().info()), layout.infoBox(), theme);
        Rectangle body = layout.bodyBox();
        int clockSize = (int) Math.min(body.height / Layout.LINE_SPACING, 0.25 * Math.min(layout.width(), layout.height()));
        if (clockSize > 0) {
            drawWrapped(canvas, TextLine.Part.BODY, DanishDates.time(at), bold(clockSize), body, theme);
        }
    }

    /** Wraps {@code text} into as many lines as fit in {@code box}; used for the idle slide and notices. */
    private static void drawWrapped(Canvas canvas, TextLine.Part part, String text, Font font, Rectangle box,
                                    Theme theme) {
        canvas.graphics().setFont(font);
        int lineHeight = Layout.lineHeight(font.getSize());
        List<String> lines = TextFit.wrap(Texts.displayable(text, font), canvas.graphics().getFontMetrics(), box.width,
                box.height / lineHeight);
        for (int i = 0; i < lines.size(); i++) {
            canvas.text(part, lines.get(i), font, box.x, new Rectangle(box.x, box.y + i * lineHeight, box.width,
                    lineHeight), theme.text());
        }
    }

    static Font bold(int size) {
        return new Font(Font.SANS_SERIF, Font.BOLD, size);
    }

    static Font plain(int size) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, size);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
