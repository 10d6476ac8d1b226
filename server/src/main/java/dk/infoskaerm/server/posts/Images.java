package dk.infoskaerm.server.posts;

import dk.infoskaerm.server.http.ApiException;
import dk.infoskaerm.server.http.ApiTexts;
import dk.infoskaerm.server.http.RequestBodies;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import dk.infoskaerm.render.Bitmaps;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Uploaded images: the type is read from the first bytes (JPEG, PNG, WebP — WebP through the TwelveMonkeys ImageIO
 * plugin), never from a name or header; the image is decoded, scaled to at most {@link #MAX_SIDE} pixels and
 * written anew, so no metadata (EXIF, GPS, comments) survives. Opaque images become JPEG, transparent ones PNG.
 */
public final class Images {

    /**
     * Largest picture a volunteer sends, the one limit stated everywhere: the form's hint, the browser's own check
     * after it has shrunk a photo, the preview and the posts API (raw or in base64 in the JSON body).
     */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** A JSON body with the picture in base64 and a post's fields. */
    public static final int MAX_JSON_WITH_PICTURE = (MAX_BYTES / 3 + 1) * 4 + RequestBodies.MAX_JSON_BYTES;
    /** The brands of an ISO-BMFF file that are HEIF/HEIC or AVIF: an iPhone's photos, which we cannot decode. */
    private static final java.util.Set<String> HEIF_BRANDS = java.util.Set.of("heic", "heix", "hevc", "hevx", "heim",
            "heis", "mif1", "msf1", "avif", "avis");
    /** Longest side after scaling. */
    static final int MAX_SIDE = 1920;
    /** Largest picture accepted, read from its header before decoding: 40 megapixels, and no side over 12,000 px. */
    static final long MAX_PIXELS = 40_000_000L;
    static final int MAX_SOURCE_SIDE = 12_000;
    /** Decoding is the memory-hungry step: at most two at a time, for uploads and previews together. */
    private static final java.util.concurrent.Semaphore DECODERS = new java.util.concurrent.Semaphore(2);

    private Images() {
    }

    /** A re-encoded image. */
    record Processed(String contentType, byte[] bytes, int width, int height) {
    }

    /** The 413 for a picture over {@link #MAX_BYTES}, in the words of the form's hint. */
    public static ApiException tooLarge() {
        return new ApiException(Status.REQUEST_ENTITY_TOO_LARGE_413,
                "images.tooLarge", "image", MAX_BYTES / (1024 * 1024));
    }

    /** A JSON body that may carry a picture in base64: a body too large for it is a picture too large. */
    public static <T> T jsonWithPicture(ServerRequest req, Class<T> type) {
        try {
            return RequestBodies.json(req, type, MAX_JSON_WITH_PICTURE);
        } catch (ApiException e) {
            throw e.status() == Status.REQUEST_ENTITY_TOO_LARGE_413 ? tooLarge() : e;
        }
    }

    /** The bytes of a picture sent in base64 (a data URL's prefix allowed), at most {@link #MAX_BYTES}. */
    public static byte[] fromBase64(String base64) {
        byte[] bytes;
        try {
            bytes = java.util.Base64.getDecoder().decode(base64.strip().replaceFirst("^data:[^,]*,", ""));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("images.missing", "image");
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        return bytes;
    }

    /** The format {@code data} starts like, or null. */
    static String sniff(byte[] data) {
        if (startsWith(data, 0, 0xFF, 0xD8, 0xFF)) {
            return "jpeg";
        }
        if (startsWith(data, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "png";
        }
        if (startsWith(data, 0, 'R', 'I', 'F', 'F') && startsWith(data, 8, 'W', 'E', 'B', 'P')) {
            return "webp";
        }
        return null;
    }

    /**
     * A screen's screenshot as it is stored: a PNG decoded within the limits of an upload and written anew as PNG,
     * so only its pixels are kept; anything else is refused with 422.
     */
    public static byte[] screenshotPng(byte[] data) {
        if (!"png".equals(sniff(data))) {
            throw new ApiException(Status.UNPROCESSABLE_CONTENT_422, "images.screenshotNotPng", "screenshot");
        }
        try {
            return withDecoder(() -> Bitmaps.png(scale(decode(data, "png"))));
        } catch (ApiException e) {
            String screenshot = e.key() + ".screenshot";
            throw e.with(e.status(), ApiTexts.has(screenshot) ? screenshot : e.key(), "screenshot");
        }
    }

    static Processed process(byte[] data) {
        return withDecoder(() -> processNow(data));
    }

    /** Runs {@code work} holding one of the two decoder permits. */
    private static <T> T withDecoder(java.util.function.Supplier<T> work) {
        try {
            if (!DECODERS.tryAcquire(20, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new ApiException(Status.SERVICE_UNAVAILABLE_503,
                        "images.busy", "image");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(Status.SERVICE_UNAVAILABLE_503,
                    "images.busy", "image");
        }
        try {
            return work.get();
        } finally {
            DECODERS.release();
        }
    }

    private static Processed processNow(byte[] data) {
        String format = sniff(data);
        if (format == null && isHeif(data)) {
            throw new ApiException(Status.UNSUPPORTED_MEDIA_TYPE_415, "images.heic", "image");
        }
        if (format == null) {
            throw new ApiException(Status.UNSUPPORTED_MEDIA_TYPE_415,
                    "images.notImage", "image");
        }
        BufferedImage image = decode(data, format);
        BufferedImage scaled = scale(image);
        boolean alpha = scaled.getColorModel().hasAlpha();
        byte[] out = alpha ? Bitmaps.png(scaled) : writeJpeg(scaled);
        return new Processed(alpha ? "image/png" : "image/jpeg", out, scaled.getWidth(), scaled.getHeight());
    }

    private static BufferedImage decode(byte[] data, String format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw new ApiException(Status.UNSUPPORTED_MEDIA_TYPE_415,
                        "images.formatUnreadable", "image", format.toUpperCase(Locale.ROOT));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // The dimensions come from the header; a row is decoded whole, so a long side is refused too.
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS || width > MAX_SOURCE_SIDE || height > MAX_SOURCE_SIDE) {
                    throw new ApiException(Status.UNPROCESSABLE_CONTENT_422, "images.tooManyPixels", "image",
                            width, height);
                }
                // A huge picture is read at a fraction of its size (every n-th pixel), never whole: it is scaled
                // to MAX_SIDE anyway, and a 7000x7000 PNG of 150 kB would otherwise take 200 MB of heap.
                int step = Math.max(1, Math.max(reader.getWidth(0), reader.getHeight(0)) / MAX_SIDE);
                javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw new ApiException(Status.UNPROCESSABLE_CONTENT_422,
                    "images.damaged", "image");
        }
    }

    private static BufferedImage scale(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        double factor = Math.min(1.0, (double) MAX_SIDE / Math.max(w, h));
        int nw = Math.max(1, (int) Math.round(w * factor));
        int nh = Math.max(1, (int) Math.round(h * factor));
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage target = new BufferedImage(nw, nh, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, nw, nh, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] writeJpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode JPEG", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** Whether {@code data} is an ISO-BMFF file ({@code ftyp} box) of a HEIF/HEIC or AVIF brand. */
    static boolean isHeif(byte[] data) {
        if (data.length < 12 || !startsWith(data, 4, 'f', 't', 'y', 'p')) {
            return false;
        }
        String brand = new String(data, 8, 4, java.nio.charset.StandardCharsets.US_ASCII);
        return HEIF_BRANDS.contains(brand);
    }

    private static boolean startsWith(byte[] data, int offset, int... expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((data[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
