package dk.infoskaerm.render;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.util.Map;
import java.util.Optional;

/** Draws links as QR codes with ZXing. */
final class QrCodes {

    private static final int QUIET_ZONE_MODULES = 2;

    private QrCodes() {
    }

    /** The code's modules for {@code url}, or empty when it cannot be encoded (too long). */
    static Optional<BitMatrix> encode(String url) {
        try {
            return Optional.of(new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8")));
        } catch (WriterException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Draws {@code code} on a white card filling {@code box}, with whole-pixel modules so it scans. */
    static void draw(Graphics2D g, BitMatrix code, Rectangle box) {
        g.setColor(Color.WHITE);
        g.fillRect(box.x, box.y, box.width, box.height);
        int modules = code.getWidth() + 2 * QUIET_ZONE_MODULES;
        int moduleSize = Math.max(1, Math.min(box.width, box.height) / modules);
        int size = code.getWidth() * moduleSize;
        int left = box.x + (box.width - size) / 2;
        int top = box.y + (box.height - size) / 2;
        g.setColor(Color.BLACK);
        for (int y = 0; y < code.getHeight(); y++) {
            for (int x = 0; x < code.getWidth(); x++) {
                if (code.get(x, y)) {
                    g.fillRect(left + x * moduleSize, top + y * moduleSize, moduleSize, moduleSize);
                }
            }
        }
    }
}
