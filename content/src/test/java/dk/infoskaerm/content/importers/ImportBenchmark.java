package dk.infoskaerm.content.importers;

import dk.infoskaerm.content.text.DanishDates;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Not a test: imports a generated 10,000-event iCalendar file (every tenth event weekly for 8 weeks) and a
 * 5,000-item RSS feed several times and prints items per second and peak heap.
 */
public final class ImportBenchmark {

    private static final int RUNS = 5;

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Instant from = LocalDate.of(2026, 9, 1).atStartOfDay(DanishDates.ZONE).toInstant();
        Instant to = LocalDate.of(2027, 3, 1).atStartOfDay(DanishDates.ZONE).toInstant();
        ImportRequest request = ImportRequest.of("bench", from, to);
        byte[] ics = ical(10_000);
        byte[] rss = rss(5_000);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        report("iCalendar (10,000 VEVENTs, 1,000 of them weekly)", ics, request);
        report("RSS 2.0 (5,000 items)", rss, request);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "peak heap (sum of heap pools' peaks): %.1f MB%n", peak / 1024.0 / 1024.0);
    }

    private static void report(String name, byte[] body, ImportRequest request) throws Exception {
        URI base = URI.create("https://bench.example/");
        Importers.parse(body, (String) null, base, request); // warm-up
        double best = 0;
        int items = 0;
        for (int run = 0; run < RUNS; run++) {
            long t0 = System.nanoTime();
            ImportResult result = Importers.parse(body, (String) null, base, request);
            long nanos = System.nanoTime() - t0;
            items = result.items().size();
            double perSecond = items / (nanos / 1e9);
            best = Math.max(best, perSecond);
            System.out.printf(Locale.ROOT, "%s run %d: %d items in %.0f ms = %.0f items/s (%d problems)%n",
                    name, run + 1, items, nanos / 1e6, perSecond, result.problems().size());
        }
        System.out.printf(Locale.ROOT, "%s best: %.0f items/s (%d bytes in)%n", name, best, body.length);
    }

    static byte[] ical(int events) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
        StringBuilder s = new StringBuilder(events * 400);
        s.append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Infoskaerm//Bench//DA\r\n");
        LocalDateTime base = LocalDateTime.of(2026, 9, 1, 10, 0);
        for (int i = 0; i < events; i++) {
            LocalDateTime start = base.plusHours(i % 4000).plusMinutes(30L * (i % 2));
            s.append("BEGIN:VEVENT\r\nUID:bench-").append(i).append("@lokalforum.dk\r\n")
                    .append("DTSTAMP:20260801T000000Z\r\n")
                    .append("DTSTART;TZID=Europe/Copenhagen:").append(f.format(start)).append("\r\n")
                    .append("DTEND;TZID=Europe/Copenhagen:").append(f.format(start.plusHours(2))).append("\r\n")
                    .append("SUMMARY:Arrangement nr. ").append(i).append(" i Mørkøv Forsamlingshus\r\n")
                    .append("DESCRIPTION:Kom og vær med\\, alle er velkomne.\\nKaffe og kage\\; gratis.\r\n")
                    .append("LOCATION:Mørkøv Forsamlingshus\\, Bygaden 1\r\n")
                    .append("URL:https://moerkoev.dk/arr/").append(i).append("\r\n");
            if (i % 10 == 0) {
                s.append("RRULE:FREQ=WEEKLY;COUNT=8\r\n");
            }
            s.append("END:VEVENT\r\n");
        }
        s.append("END:VCALENDAR\r\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] rss(int items) {
        StringBuilder s = new StringBuilder(items * 600);
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" ")
                .append("xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n<channel>\n")
                .append("<title>Tuse Lokalforum</title><link>https://tuse.dk</link><description>Nyt</description>\n");
        for (int i = 0; i < items; i++) {
            s.append("<item><title>Nyhed nr. ").append(i).append(" &amp; mere fra Tuse</title>")
                    .append("<link>/nyt/").append(i).append("/</link>")
                    .append("<guid isPermaLink=\"false\">https://tuse.dk/?p=").append(i).append("</guid>")
                    .append("<pubDate>Tue, 03 Nov 2026 09:12:44 +0000</pubDate>")
                    .append("<description><![CDATA[Kort resumé af nyheden.]]></description>")
                    .append("<content:encoded><![CDATA[<p>Den <strong>lange</strong> tekst om nyhed ").append(i)
                    .append(".</p><p>Mere tekst &#8211; og lidt til.</p>]]></content:encoded></item>\n");
        }
        s.append("</channel>\n</rss>\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
