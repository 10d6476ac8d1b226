package dk.infoskaerm.server.web;

import dk.infoskaerm.content.Area;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import dk.infoskaerm.render.Bitmaps;
import dk.infoskaerm.render.FrameRenderer;
import dk.infoskaerm.server.accounts.Auth;
import dk.infoskaerm.server.http.ApiException;
import dk.infoskaerm.server.http.PlainText;
import dk.infoskaerm.server.http.RequestBodies;
import dk.infoskaerm.server.posts.Images;
import dk.infoskaerm.server.posts.PreviewPictures;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code POST /api/v1/preview?orientation=landscape|portrait}: an announcement drawn by the screens' own renderer,
 * as a PNG, from the fields of the post form. For logged-in users, with the CSRF token as any other POST.
 */
public final class PreviewService implements HttpService {

    /** Full-HD, as the screens; the PNG is half that, which is plenty for a page. */
    private static final int LONG_SIDE = 1920;
    private static final int SHORT_SIDE = 1080;
    private static final int SCALE_DOWN = 2;
    private static final int MAX_CONCURRENT = 2;
    /** The posts API's caps on a post's fields, which the preview keeps too. */
    private static final int MAX_TITLE = 120;
    private static final int MAX_TEXT = 1000;
    private static final int MAX_LINK = 2000;

    /** The reference the preview's one slide gives its picture. */
    private static final String PICTURE = "preview:picture";
    private static final Pattern IMAGE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final Auth auth;
    private final PreviewPictures pictures;
    private final Function<String, Area> areaOrNull;
    private final Clock clock;
    private final Semaphore renderers = new Semaphore(MAX_CONCURRENT);

    /** A preview for callers known to {@code auth}; {@code areaOrNull} names an area slug, or gives null. */
    public PreviewService(Auth auth, Function<String, Area> areaOrNull, PreviewPictures pictures, Clock clock) {
        this.auth = Objects.requireNonNull(auth, "auth");
        this.pictures = Objects.requireNonNull(pictures, "pictures");
        this.areaOrNull = Objects.requireNonNull(areaOrNull, "areaOrNull");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The post form's fields; the same caps as the posts API. The picture is {@code image}, the chosen file in
     * base64 before it is saved, or {@code imageId}, the one the post already has. {@code kind} {@code urgent}
     * draws an urgent message instead, its {@code text} as the screens show it; otherwise an announcement.
     */
    record PreviewRequest(String title, String text, String link, String visibleFrom, String visibleUntil,
                          List<String> areas, String image, String imageId, String kind) {
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::preview);
    }

    private void preview(ServerRequest req, ServerResponse res) {
        auth.require(req);
        boolean portrait = portrait(req.query().first("orientation").orElse("landscape"));
        byte[] png;
        // One permit covers reading the body, decoding the picture and drawing: the memory-hungry steps, at most
        // MAX_CONCURRENT at a time whatever the number of volunteers typing.
        acquire();
        try {
            PreviewRequest request = Images.jsonWithPicture(req, PreviewRequest.class);
            png = render(feed(request, portrait), portrait, picture(request));
        } finally {
            renderers.release();
        }
        res.header(HeaderNames.CONTENT_TYPE, "image/png");
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.send(png);
    }

    private Feed feed(PreviewRequest r, boolean portrait) {
        String title = PlainText.field(r.title(), "title", MAX_TITLE, false);
        String text = PlainText.field(r.text(), "text", MAX_TEXT, false);
        String link = lenientUrl(r.link());
        Instant now = clock.instant();
        Area area = r.areas() == null ? null : r.areas().stream().filter(Objects::nonNull).limit(50)
                .map(areaOrNull).filter(Objects::nonNull).findFirst().orElse(null);
        boolean urgent = "urgent".equals(r.kind());
        if (!urgent && r.kind() != null && !"announcement".equals(r.kind())) {
            throw ApiException.invalid("preview.kind", "kind");
        }
        Slide slide = urgent
                ? new Slide("preview", ItemKind.URGENT, text.isBlank() ? WebTexts.get("preview.placeholderUrgent")
                        : text, "", null, null, false, "", "", null, now.minus(Duration.ofMinutes(1)),
                        now.plus(Duration.ofHours(1)), 10, "")
                : new Slide("preview", ItemKind.ANNOUNCEMENT,
                        title.isBlank() ? WebTexts.get("preview.placeholderTitle") : title, text, null, null, false,
                        "", link, null, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(1)), 10,
                        hasPicture(r) ? PICTURE : "");
        String areaName = area == null ? WebTexts.get("preview.allAreas") : area.name();
        return new Feed(Feed.FORMAT_VERSION, "preview", areaName, area == null ? "" : area.slug(), areaName,
                portrait ? "portrait" : "landscape", List.of(slide), List.of());
    }

    private static boolean hasPicture(PreviewRequest r) {
        return (r.image() != null && !r.image().isBlank()) || (r.imageId() != null && !r.imageId().isBlank());
    }

    private Optional<BufferedImage> picture(PreviewRequest r) {
        if (r.image() != null && !r.image().isBlank()) {
            return Optional.of(pictures.upload(Images.fromBase64(r.image())));
        }
        if (r.imageId() != null && !r.imageId().isBlank()) {
            if (!IMAGE_ID.matcher(r.imageId()).matches()) {
                throw ApiException.invalid("preview.imageUnknown", "image");
            }
            return pictures.saved(r.imageId());
        }
        return Optional.empty();
    }

    /** A link being typed is often not a URL yet: the preview then shows no QR code, rather than an error. */
    private static String lenientUrl(String link) {
        if (link != null && link.length() > MAX_LINK) {
            throw ApiException.invalid("field.linkTooLong", "link", MAX_LINK);
        }
        try {
            return PlainText.url(link, "link", MAX_LINK);
        } catch (ApiException notYetAUrl) {
            return "";
        }
    }

    private void acquire() {
        try {
            if (!renderers.tryAcquire(10, TimeUnit.SECONDS)) {
                throw new ApiException(Status.SERVICE_UNAVAILABLE_503, "preview.busy", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(Status.SERVICE_UNAVAILABLE_503, "preview.busy", null);
        }
    }

    private byte[] render(Feed feed, boolean portrait, Optional<BufferedImage> picture) {
        int width = portrait ? SHORT_SIDE : LONG_SIDE;
        int height = portrait ? LONG_SIDE : SHORT_SIDE;
        BufferedImage full = FrameRenderer.render(feed, clock.instant(), width, height,
                url -> PICTURE.equals(url) ? picture : Optional.empty()).image();
        return Bitmaps.png(Bitmaps.scaled(full, width / SCALE_DOWN, height / SCALE_DOWN));
    }

    private static boolean portrait(String orientation) {
        return switch (orientation) {
            case "landscape" -> false;
            case "portrait" -> true;
            default -> throw ApiException.invalid("preview.orientation", "orientation");
        };
    }
}
