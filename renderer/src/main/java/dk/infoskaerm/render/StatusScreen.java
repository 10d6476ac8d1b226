package dk.infoskaerm.render;

import dk.infoskaerm.content.text.DanishDates;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The technician's status screen, shown in place of the citizens' idle slide when the client cannot show the
 * screen's content: which screen and server it is set up for, the machine's address, the last error and what to do,
 * in Danish, large enough to read from a ladder.
 */
public final class StatusScreen {

    private static final Locale DANISH = Locale.of("da", "DK");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("dk.infoskaerm.render.StatusTexts", DANISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", DANISH);

    /**
     * What the screen says; a null or blank value shows as not set.
     *
     * @param screenId the screen id from the settings
     * @param serverUrl the server's address from the settings
     * @param address the machine's IP address(es)
     * @param problem the last error, in Danish
     * @param remedy what to do about it, in Danish
     */
    public record Facts(String screenId, String serverUrl, String address, String problem, String remedy) {
    }

    private StatusScreen() {
    }

    /** The status screen of {@code facts} at {@code at}, {@code width}×{@code height}. */
    public static BufferedImage render(Facts facts, Instant at, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            Theme theme = Theme.IDLE;
            g.setColor(theme.background());
            g.fillRect(0, 0, width, height);
            int unit = Math.max(8, Math.min(Math.max(width, height) / 48, width / 27));   // 40 px at 1920x1080 and 1080x1920
            int margin = unit * 2;
            int band = unit * 3;
            g.setColor(theme.band());
            g.fillRect(0, 0, width, band);
            g.setColor(theme.bandText());
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, unit * 3 / 2));
            g.drawString(TEXTS.getString("status.label"), margin, band * 2 / 3);

            g.setColor(theme.text());
            Font title = new Font(Font.SANS_SERIF, Font.BOLD, unit * 2);
            g.setFont(title);
            int y = band + margin + g.getFontMetrics().getAscent();
            for (String line : TextFit.wrap(TEXTS.getString("status.title"), g.getFontMetrics(), width - 2 * margin, 2)) {
                g.drawString(line, margin, y);
                y += unit * 5 / 2;
            }

            Font labelFont = new Font(Font.SANS_SERIF, Font.BOLD, unit);
            Font valueFont = new Font(Font.SANS_SERIF, Font.PLAIN, unit);
            g.setFont(labelFont);
            int labelWidth = List.of("status.screen", "status.server", "status.address", "status.problem",
                    "status.remedy").stream().mapToInt(k -> g.getFontMetrics().stringWidth(TEXTS.getString(k)))
                    .max().orElse(0) + unit;
            int lineHeight = unit * 3 / 2;
            int bottom = height - margin - lineHeight;
            String[][] rows = {{"status.screen", facts.screenId()}, {"status.server", facts.serverUrl()},
                    {"status.address", facts.address()}, {"status.problem", facts.problem()},
                    {"status.remedy", facts.remedy()}};
            for (String[] row : rows) {
                y += lineHeight;
                if (y > bottom) {
                    break;
                }
                g.setFont(labelFont);
                g.drawString(TEXTS.getString(row[0]), margin, y);
                g.setFont(valueFont);
                String value = row[1] == null || row[1].isBlank() ? TEXTS.getString("status.unset") : row[1];
                int maxLines = Math.max(1, (bottom - y) / lineHeight + 1);
                List<String> lines = TextFit.wrap(value, g.getFontMetrics(), width - 2 * margin - labelWidth, maxLines);
                for (int i = 0; i < lines.size(); i++) {
                    g.drawString(lines.get(i), margin + labelWidth, y + i * lineHeight);
                }
                y += (lines.size() - 1) * lineHeight + unit / 2;
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, unit * 3 / 4));
            String time = new MessageFormat(TEXTS.getString("status.time"), DANISH)
                    .format(new Object[] {CLOCK.format(at.atZone(DanishDates.ZONE))});
            g.drawString(TextFit.line(time, g.getFontMetrics(), width - 2 * margin), margin, height - margin);
            return image;
        } finally {
            g.dispose();
        }
    }
}
