package dk.infoskaerm.server.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.server.http.ApiException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImagesTest {

    /** A PNG whose header claims {@code width} × {@code height}, with one tiny compressed row: a picture bomb. */
    private static byte[] claimedPng(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    @ParameterizedTest
    @CsvSource({"50000000, 1", "1, 50000000", "12001, 1", "7000, 5715", "65535, 65535"})
    void refusesAPictureTooLargeFromItsHeaderBeforeDecoding(int width, int height) throws IOException {
        byte[] bomb = claimedPng(width, height);
        ApiException e = assertThrows(ApiException.class, () -> Images.process(bomb));
        assertEquals(422, e.status().code());
        assertTrue(e.getMessage().contains("for stort"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"12000, 2", "4000, 3000"})
    void acceptsALargeButReasonablePicture(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        Images.Processed processed = Images.process(png.toByteArray());
        assertTrue(processed.width() <= Images.MAX_SIDE && processed.height() <= Images.MAX_SIDE, processed.toString());
    }

    @ParameterizedTest
    @CsvSource({"heic", "mif1", "heix", "avif"})
    void refusesAnIphonePhotoInHeicWithADanishWayOut(String brand) {
        byte[] heic = new byte[64];
        byte[] box = ("\0\0\0\u0018ftyp" + brand).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(box, 0, heic, 0, box.length);
        ApiException e = assertThrows(ApiException.class, () -> Images.process(heic));
        assertEquals(415, e.status().code());
        assertTrue(e.getMessage().contains("HEIC") && e.getMessage().contains("Mest kompatibel"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void theFormsHintStatesTheLimitTheApiKeeps() throws IOException {
        java.util.Properties texts = new java.util.Properties();
        try (var in = Images.class.getResourceAsStream("/web/messages_da.properties")) {
            texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        String limit = "højst " + Images.MAX_BYTES / (1024 * 1024) + " MB";
        assertTrue(texts.getProperty("post.image").contains(limit), texts.getProperty("post.image"));
        assertEquals(Images.tooLarge().getMessage(), texts.getProperty("post.imageTooLarge"));
    }
}
