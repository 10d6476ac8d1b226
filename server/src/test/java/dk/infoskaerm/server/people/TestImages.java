package dk.infoskaerm.server.people;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Images made on the fly for upload tests. */
final class TestImages {

    /** A 1×1 lossy WebP. */
    static final byte[] WEBP = Base64.getDecoder().decode("UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAwA0JaQAA3AA/vuUAAA=");

    private TestImages() {
    }

    static byte[] png(int w, int h, boolean alpha) {
        return write(image(w, h, alpha), "png");
    }

    static byte[] jpeg(int w, int h) {
        return write(image(w, h, false), "jpeg");
    }

    /** A JPEG with a comment segment carrying {@code marker}, as cameras put EXIF/GPS data in. */
    static byte[] jpegWithComment(int w, int h, String marker) {
        byte[] jpeg = jpeg(w, h);
        byte[] text = marker.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int length = text.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xFE);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(text, 0, text.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static BufferedImage image(int w, int h, boolean alpha) {
        BufferedImage image = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 40, 40, alpha ? 128 : 255));
        g.fillRect(0, 0, w / 2, h);
        g.setColor(Color.BLUE);
        g.fillRect(w / 2, 0, w - w / 2, h);
        g.dispose();
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
