package dk.infoskaerm.content.importers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.json.Json;
import dk.infoskaerm.content.text.DanishDates;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code check-source PATH-OR-URL [--kind event|meeting|news] [--from DATE] [--days N]}: prints each item a source
 * would give as one JSON object per line (times ISO-8601 with the Europe/Copenhagen offset, cancelled items
 * included with {@code "status":"cancelled"}), problems on stderr. Exit 0 when the source is readable, 1 when it
 * cannot be read at all or gives no item and at least one problem, 2 for bad arguments.
 */
public final class CheckSource {

    /** The usage line. */
    public static final String USAGE = "usage: check-source PATH-OR-URL [--kind " + ItemKind.importableKinds().stream()
            .map(ItemKind::wireName).collect(Collectors.joining("|")) + "] [--from DATE] [--days N]";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private CheckSource() {
    }

    /** Runs the command with today's date in Europe/Copenhagen as the default --from. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, new SourceFetcher(), Clock.system(DanishDates.ZONE));
    }

    /** Runs the command with the given fetcher and clock. */
    public static int run(String[] args, PrintStream out, PrintStream err, SourceFetcher fetcher, Clock clock) {
        String target = null;
        ItemKind kind = null;
        LocalDate from = LocalDate.now(clock.withZone(DanishDates.ZONE));
        int days = 60;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                if (i + 1 >= args.length) {
                    return usage(err, "option " + arg + " needs a value");
                }
                String value = args[++i];
                switch (arg) {
                    case "--kind" -> {
                        kind = ItemKind.findByWire(value).filter(ItemKind::importable).orElse(null);
                        if (kind == null) {
                            return usage(err, "--kind must be " + ItemKind.wireNames(ItemKind.importableKinds(), "or")
                                    + ": '" + value + "'");
                        }
                    }
                    case "--from" -> {
                        try {
                            from = LocalDate.parse(value);
                        } catch (DateTimeParseException e) {
                            return usage(err, "--from must be a date such as 2026-12-05: '" + value + "'");
                        }
                    }
                    case "--days" -> {
                        try {
                            days = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            days = -1;
                        }
                        if (days < 1 || days > 3660) {
                            return usage(err, "--days must be a whole number from 1 to 3660: '" + value + "'");
                        }
                    }
                    default -> {
                        return usage(err, "unknown option " + arg);
                    }
                }
            } else if (target == null) {
                target = arg;
            } else {
                return usage(err, "only one PATH-OR-URL may be given, got also '" + arg + "'");
            }
        }
        if (target == null) {
            return usage(err, "PATH-OR-URL is missing");
        }
        Instant windowStart = from.atStartOfDay(DanishDates.ZONE).toInstant();
        Instant windowEnd = from.plusDays(days).atStartOfDay(DanishDates.ZONE).toInstant();
        ImportRequest request = new ImportRequest("check", kind, Set.of(), windowStart, windowEnd, null);
        ImportResult result;
        try {
            SourceFetcher.Fetched fetched = isUrl(target)
                    ? fetcher.fetch(new URI(target), null, null)
                    : fetcher.read(Path.of(target));
            URI base = isUrl(target) ? fetched.uri() : Path.of(target).toUri();
            result = Importers.parse(fetched.body(), fetched.contentType(), base, request);
        } catch (SourceException e) {
            err.println("check-source: cannot read " + e.getMessage());
            return 1;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return usage(err, "not a valid URL: '" + target + "'");
        }
        for (ImportedItem imported : result.items()) {
            out.println(line(imported));
        }
        for (String problem : result.problems()) {
            err.println("problem: " + problem);
        }
        err.println(result.items().size() + " items, " + result.problems().size() + " problems");
        // nothing found and something wrong is a failure to a volunteer checking a source; a valid empty feed is not
        return result.items().isEmpty() && !result.problems().isEmpty() ? 1 : 0;
    }

    /** One item as the single-line JSON object check-source prints. */
    public static String line(ImportedItem imported) {
        Item item = imported.item();
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("id", item.id());
        node.put("kind", item.kind().wireName());
        node.put("title", item.title());
        node.put("start", time(item.start()));
        node.put("end", time(item.end()));
        node.put("allDay", item.allDay());
        node.put("location", item.location());
        node.put("url", item.url());
        node.put("summary", item.summary());
        node.put("published", time(item.published()));
        node.put("status", imported.status());
        return node.toString();
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(OffsetDateTime.ofInstant(instant, DanishDates.ZONE));
    }

    private static boolean isUrl(String target) {
        return target.startsWith("http://") || target.startsWith("https://");
    }

    private static int usage(PrintStream err, String message) {
        err.println("check-source: " + message);
        err.println(USAGE);
        return 2;
    }
}
