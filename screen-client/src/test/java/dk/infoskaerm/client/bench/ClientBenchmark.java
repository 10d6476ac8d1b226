package dk.infoskaerm.client.bench;

import dk.infoskaerm.render.FrameRenderer;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.MeetingDetails;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import dk.infoskaerm.content.json.Json;
import dk.infoskaerm.content.text.DanishDates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Not a test: helpers of {@code bench/client}. {@code feed FILE} writes a 20-slide feed; {@code html FEED PAGE} writes
 * the same slides as an HTML page that rotates them like the client (for Chromium in kiosk mode); {@code render FEED}
 * renders frames in a warm loop and prints the mean and p99 per frame.
 */
public final class ClientBenchmark {

    private static final int SLIDES = 20;
    private static final int DWELL = 10;
    private static final ItemKind[] KINDS = {ItemKind.EVENT, ItemKind.MEETING, ItemKind.NEWS, ItemKind.ANNOUNCEMENT};

    private ClientBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "feed" -> Files.write(Path.of(args[1]), Json.writeFeed(feed()));
            case "html" -> Files.writeString(Path.of(args[2]), html(Json.readFeed(Files.readAllBytes(Path.of(args[1])))),
                    StandardCharsets.UTF_8);
            case "render" -> render(Json.readFeed(Files.readAllBytes(Path.of(args[1]))));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    static Feed feed() {
        Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
        List<Slide> slides = new ArrayList<>();
        List<Feed.TickerEntry> ticker = new ArrayList<>();
        for (int i = 0; i < SLIDES; i++) {
            ItemKind kind = KINDS[i % KINDS.length];
            Instant at = start.plus(Duration.ofHours(26L * i));
            String title = switch (kind) {
                case EVENT -> "Fællesspisning nr. " + (i + 1) + " i Mørkøv Forsamlingshus";
                case MEETING -> "Dialogmøde om trafik og cykelstier, del " + (i + 1);
                case NEWS -> "Lokalforum søger frivillige til projekt " + (i + 1);
                default -> "Loppemarked i præstegården, bod " + (i + 1);
            };
            MeetingDetails meeting = kind == ItemKind.MEETING ? new MeetingDetails(
                    List.of("Søren Ørum", "Åse Ærø"), "Klima-, Miljø- og Planudvalget", "holbaek.dk/tilmelding") : null;
            boolean timed = kind != ItemKind.NEWS;
            slides.add(new Slide("bench-" + i, kind, title,
                    "Kom og vær med: der er plads til alle, og kaffen er gratis. Tag gerne naboen med.",
                    timed ? at : null, timed ? at.plus(Duration.ofHours(2)) : null, false,
                    timed ? "Mørkøv Hallen, Stationsvej" : "", "https://moerkoev.dk/opslag/" + i, meeting,
                    Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"), DWELL));
            if (timed && ticker.size() < 5) {
                ticker.add(new Feed.TickerEntry(title, at, false, at.plus(Duration.ofHours(2))));
            }
        }
        return new Feed(Feed.FORMAT_VERSION, "moerkoev", "Mørkøv Brugs", "moerkoev", "Mørkøv", "landscape", slides, ticker);
    }

    private static void render(Feed feed) {
        Instant t = Instant.now();
        for (int i = 0; i < 200; i++) {
            FrameRenderer.renderImage(feed, t.plusSeconds((long) i * DWELL), 1920, 1080);
        }
        int runs = 400;
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            FrameRenderer.renderImage(feed, t.plusSeconds((long) i * DWELL), 1920, 1080);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElseThrow() / 1e6;
        double p99 = nanos[(int) Math.ceil(runs * 0.99) - 1] / 1e6;
        System.out.printf(java.util.Locale.ROOT, "render 1920x1080: %d frames, mean %.1f ms, p99 %.1f ms%n", runs, mean, p99);
    }

    private static String html(Feed feed) {
        StringBuilder slides = new StringBuilder();
        for (Slide s : feed.slides()) {
            String[] c = colours(s.kind());
            StringBuilder info = new StringBuilder();
            if (s.start() != null) {
                info.append(row("Hvornår:", DanishDates.span(s.start(), s.end(), s.allDay())));
            }
            if (!s.location().isBlank()) {
                info.append(row("Hvor:", s.location()));
            }
            if (s.meeting() != null) {
                info.append(row("Politikere:", String.join(", ", s.meeting().politicians())))
                        .append(row("Udvalg:", s.meeting().committee()))
                        .append(row("Tilmelding:", s.meeting().signUp()));
            }
            slides.append("""
                    <section style="background:%s;color:%s"><div class="tag" style="background:%s;color:%s">%s</div>
                    <div class="area">%s</div><h1>%s</h1><table>%s</table><p>%s</p><div class="qr">QR</div>
                    <footer style="background:%s"><b>Kommende:</b> %s<span class="clock"></span></footer></section>
                    """.formatted(c[0], c[1], c[2], c[3], kindName(s.kind()), esc(feed.areaName()), esc(s.title()), info,
                    esc(s.body()), c[4], esc(feed.ticker().isEmpty() ? "" : feed.ticker().getFirst().title())));
        }
        return """
                <!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Infoskærm</title><style>
                html,body{margin:0;height:100%%;overflow:hidden;font-family:"DejaVu Sans",sans-serif}
                section{position:absolute;inset:0;opacity:0;transition:opacity .4s ease-in-out;padding:44px 44px 0}
                section.on{opacity:1}
                .tag{display:inline-block;font-weight:bold;font-size:48px;padding:8px 28px;border-radius:14px}
                .area{position:absolute;right:44px;top:52px;font-size:48px}
                h1{font-size:110px;line-height:1.15;margin:20px 0;max-height:260px;overflow:hidden}
                table{font-size:46px;border-spacing:0} td{padding:0 24px 0 0;vertical-align:top} td:first-child{font-weight:bold}
                p{font-size:46px;margin:16px 0;width:1400px}
                .qr{position:absolute;right:44px;top:450px;width:420px;height:420px;background:#fff;color:#000;
                    font-size:60px;display:flex;align-items:center;justify-content:center}
                footer{position:absolute;left:0;right:0;bottom:0;height:108px;color:#fff;font-size:40px;
                    line-height:108px;padding:0 44px}
                .clock{float:right;font-weight:bold}
                </style></head><body>
                %s
                <script>
                const days=["søndag","mandag","tirsdag","onsdag","torsdag","fredag","lørdag"];
                const months=["januar","februar","marts","april","maj","juni","juli","august","september","oktober","november","december"];
                const slides=document.querySelectorAll("section");
                function tick(){const d=new Date();const s=Math.floor(d.getTime()/1000);
                  const i=Math.floor(s/%d)%%slides.length;
                  slides.forEach((e,j)=>e.classList.toggle("on",i===j));
                  const t=days[d.getDay()]+" "+d.getDate()+". "+months[d.getMonth()]+" kl. "
                    +String(d.getHours()).padStart(2,"0")+"."+String(d.getMinutes()).padStart(2,"0");
                  slides[i].querySelector(".clock").textContent=t;}
                tick();setInterval(tick,1000);
                </script></body></html>
                """.formatted(slides, DWELL);
    }

    private static String row(String label, String value) {
        return "<tr><td>" + esc(label) + "</td><td>" + esc(value) + "</td></tr>";
    }

    private static String kindName(ItemKind kind) {
        return switch (kind) {
            case EVENT -> "Arrangement";
            case MEETING -> "Dialogmøde";
            case NEWS -> "Nyhed";
            case ANNOUNCEMENT -> "Opslag";
            case URGENT -> "AKUT BESKED";
            case CONTACT -> "Har du en idé?";
            case BOOK -> "Book en politiker";
            case AGENDA -> "Den kommende uge";
        };
    }

    /** Background, text, tag, tag text, footer: as the client's themes. */
    private static String[] colours(ItemKind kind) {
        return switch (kind) {
            case EVENT -> new String[] {"#0D3B66", "#fff", "#F4D35E", "#0D3B66", "#08243F"};
            case MEETING -> new String[] {"#FFF8E7", "#1B1B1B", "#1B5E20", "#fff", "#1B5E20"};
            case NEWS -> new String[] {"#fff", "#1A1A1A", "#37474F", "#fff", "#263238"};
            case ANNOUNCEMENT -> new String[] {"#4A2C6F", "#fff", "#fff", "#4A2C6F", "#2E1A47"};
            case URGENT -> new String[] {"#C8102E", "#fff", "#fff", "#C8102E", "#8B0000"};
            case CONTACT -> new String[] {"#004D4D", "#fff", "#F2E3C6", "#004D4D", "#003333"};
            case BOOK -> new String[] {"#3B2F63", "#fff", "#FFD166", "#3B2F63", "#261E40"};
            case AGENDA -> new String[] {"#0B4F3C", "#fff", "#FFD166", "#0B4F3C", "#06352A"};
        };
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
