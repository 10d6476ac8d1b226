package dk.infoskaerm.render;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads facts from pictures: dominant colours, text pixels, WCAG contrast. */
final class Pixels {

    private Pixels() {
    }

    /** The colours in {@code box}, most frequent first. */
    static List<Color> dominant(BufferedImage image, Rectangle box) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = box.y; y < box.y + box.height; y++) {
            for (int x = box.x; x < box.x + box.width; x++) {
                counts.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed())
                .map(e -> new Color(e.getKey()))
                .toList();
    }

    /** Pixels in {@code box} that differ strongly from its most frequent colour, its background. */
    static int textPixels(BufferedImage image, Rectangle box) {
        Color background = dominant(image, box).getFirst();
        int count = 0;
        for (int y = box.y; y < box.y + box.height; y++) {
            for (int x = box.x; x < box.x + box.width; x++) {
                if (distance(new Color(image.getRGB(x, y)), background) > 150) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Rows of {@code box} holding text pixels: the height of the ink, top to bottom. */
    static int inkHeight(BufferedImage image, Rectangle box) {
        Color background = dominant(image, box).getFirst();
        int top = -1;
        int bottom = -1;
        for (int y = box.y; y < box.y + box.height; y++) {
            for (int x = box.x; x < box.x + box.width; x++) {
                if (distance(new Color(image.getRGB(x, y)), background) > 150) {
                    top = top < 0 ? y : top;
                    bottom = y;
                    break;
                }
            }
        }
        return top < 0 ? 0 : bottom - top + 1;
    }

    static int distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }

    /** WCAG 2 contrast ratio of two colours. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    /** The number of different colours in the picture. */
    static int distinctColours(BufferedImage image) {
        return (int) java.util.stream.IntStream.range(0, image.getHeight())
                .flatMap(y -> java.util.stream.IntStream.range(0, image.getWidth()).map(x -> image.getRGB(x, y)))
                .distinct().count();
    }
}
