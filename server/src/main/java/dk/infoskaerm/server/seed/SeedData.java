package dk.infoskaerm.server.seed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DatabindException;
import dk.infoskaerm.content.Area;
import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.MeetingDetails;
import dk.infoskaerm.content.OpeningHours;
import dk.infoskaerm.content.Orientation;
import dk.infoskaerm.content.Screen;
import dk.infoskaerm.content.Slugs;
import dk.infoskaerm.content.json.Json;
import dk.infoskaerm.content.text.DanishDates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The data a server starts with: the municipality's areas, one screen per area and demo items, read from a JSON
 * file that another municipality can replace. Item times are relative to the day of the first start.
 *
 * @param areas the areas in listed order
 * @param screens one screen per area, id = the area's slug
 * @param items demo items
 * @param pictures the demo items' pictures by image id, as read from the files the seed file names
 * @param dialog politicians, contacts and meetings with sign-up, loaded once the administrator exists
 */
public record SeedData(List<Area> areas, List<Screen> screens, List<Item> items, Map<String, byte[]> pictures,
                       DialogSeed dialog) {

    /** Reads the bytes of a picture the seed file names, by its path relative to the seed file. */
    @FunctionalInterface
    interface PictureFiles {
        byte[] read(String relativePath) throws IOException;
    }

    /** The built-in file, used when no other is configured. */
    public static final String BUILT_IN = "seed/holbaek-kommune.json";

    /** Reads the built-in Holbæk Kommune file. */
    public static SeedData builtIn(LocalDate today) throws IOException {
        try (InputStream in = SeedData.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IOException("built-in seed file missing from the classpath: " + BUILT_IN);
            }
            return parse(in.readAllBytes(), "classpath:" + BUILT_IN, today, path -> {
                try (InputStream picture = SeedData.class.getClassLoader().getResourceAsStream("seed/" + path)) {
                    if (picture == null) {
                        throw new IOException("not on the classpath: seed/" + path);
                    }
                    return picture.readAllBytes();
                }
            });
        }
    }

    /** Reads a seed file from disk. */
    public static SeedData read(Path file, LocalDate today) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("seed file not found: " + file.toAbsolutePath());
        }
        Path folder = file.toAbsolutePath().getParent();
        return parse(Files.readAllBytes(file), file.toAbsolutePath().toString(), today,
                path -> Files.readAllBytes(folder.resolve(path)));
    }

    static SeedData parse(byte[] json, String origin, LocalDate today) throws IOException {
        return parse(json, origin, today, path -> {
            throw new IOException("pictures are read only from a seed file on disk or the classpath");
        });
    }

    static SeedData parse(byte[] json, String origin, LocalDate today, PictureFiles pictureFiles) throws IOException {
        FileShape shape;
        try {
            shape = Json.mapper().readValue(json, FileShape.class);
        } catch (DatabindException e) {
            throw new IOException(origin + ": " + e.getOriginalMessage(), e);
        }
        if (shape == null || shape.areas == null || shape.areas.isEmpty()) {
            throw new IOException(origin + ": key 'areas' must list at least one area");
        }
        List<Area> areas = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (String name : shape.areas) {
            Area area = new Area(Slugs.of(name), name);
            if (!slugs.add(area.slug())) {
                throw new IOException(origin + ": key 'areas': two areas have the slug " + area.slug());
            }
            areas.add(area);
        }
        ScreenShape defaults = shape.screens == null ? new ScreenShape() : shape.screens;
        List<Screen> screens = new ArrayList<>();
        for (Area area : areas) {
            ScreenShape o = defaults.overrides == null ? null : defaults.overrides.get(area.slug());
            screens.add(defaults.merge(o).toScreen(area, origin));
        }
        List<Item> items = new ArrayList<>();
        Map<String, byte[]> pictures = new LinkedHashMap<>();
        for (ItemShape item : shape.items == null ? List.<ItemShape>of() : shape.items) {
            String pictureId = null;
            if (item.image() != null && !item.image().isBlank()) {
                pictureId = pictureId(item.id());
                if (pictures.containsKey(pictureId)) {
                    throw new IOException(origin + ": item '" + item.id() + "': key 'image': its picture id '"
                            + pictureId + "' is taken by an item with a similar id; give the item a shorter id");
                }
                try {
                    pictures.put(pictureId, pictureFiles.read(item.image()));
                } catch (IOException e) {
                    throw new IOException(origin + ": item '" + item.id() + "': key 'image': cannot read '"
                            + item.image() + "' (" + e.getMessage() + ")", e);
                }
            }
            items.add(item.toItem(slugs, today, origin, pictureId));
        }
        return new SeedData(List.copyOf(areas), List.copyOf(screens), List.copyOf(items), Map.copyOf(pictures),
                shape.dialog == null ? DialogSeed.NONE : shape.dialog);
    }

    /** The image id of a demo item's picture: {@code seed-} and the item's id, kept to the column's 32 characters. */
    static String pictureId(String itemId) {
        String id = "seed-" + (itemId == null ? "" : itemId.replaceAll("[^A-Za-z0-9_-]", "-"));
        return id.length() <= 32 ? id : id.substring(0, 32);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FileShape(String municipality, List<String> areas, ScreenShape screens, List<ItemShape> items,
                     DialogSeed dialog) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class ScreenShape {
        public String name = "Infoskærm {area}";
        public String location = "";
        public String orientation = "landscape";
        public Integer width = 1920;
        public Integer height = 1080;
        public OpeningHours openingHours;
        public Map<String, ScreenShape> overrides;

        ScreenShape merge(ScreenShape o) {
            ScreenShape m = new ScreenShape();
            m.name = o != null && o.name != null ? o.name : name;
            m.location = o != null && o.location != null ? o.location : location;
            m.orientation = o != null && o.orientation != null ? o.orientation : orientation;
            m.width = o != null && o.width != null ? o.width : width;
            m.height = o != null && o.height != null ? o.height : height;
            m.openingHours = o != null && o.openingHours != null ? o.openingHours : openingHours;
            return m;
        }

        Screen toScreen(Area area, String origin) throws IOException {
            Orientation o;
            try {
                o = Orientation.valueOf(orientation.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IOException(origin + ": key 'screens.orientation' for " + area.slug()
                        + ": '" + orientation + "' is not landscape or portrait");
            }
            try {
                return new Screen(area.slug(), name.replace("{area}", area.name()), area.slug(), location, o, width,
                        height, openingHours);
            } catch (IllegalArgumentException e) {
                throw new IOException(origin + ": screen for " + area.slug() + ": " + e.getMessage());
            }
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ItemShape(String id, String kind, List<String> areas, String title, String summary, String location,
                     String url, Integer startsInDays, String time, Integer durationMinutes, Boolean allDay,
                     Integer publishedDaysAgo, List<String> politicians, String committee, String signUp,
                     String image) {

        Item toItem(Set<String> knownAreas, LocalDate today, String origin, String pictureId) throws IOException {
            String where = origin + ": item '" + id + "'";
            if (id == null || id.isBlank() || title == null || title.isBlank() || kind == null) {
                throw new IOException(where + ": keys 'id', 'kind' and 'title' are required");
            }
            ItemKind k;
            try {
                k = ItemKind.fromWire(kind);
            } catch (IllegalArgumentException e) {
                throw new IOException(where + ": key 'kind': " + e.getMessage());
            }
            Set<String> itemAreas = Set.copyOf(areas == null ? List.of() : areas);
            for (String a : itemAreas) {
                if (!knownAreas.contains(a)) {
                    throw new IOException(where + ": key 'areas': unknown area slug '" + a + "'");
                }
            }
            Instant start = null;
            Instant end = null;
            boolean wholeDays = Boolean.TRUE.equals(allDay);
            if (startsInDays != null) {
                LocalDate day = today.plusDays(startsInDays);
                if (wholeDays) {
                    start = day.atStartOfDay(DanishDates.ZONE).toInstant();
                    end = day.plusDays(1).atStartOfDay(DanishDates.ZONE).toInstant();
                } else {
                    LocalTime at = time == null ? LocalTime.NOON : LocalTime.parse(time);
                    start = day.atTime(at).atZone(DanishDates.ZONE).toInstant();
                    end = start.plus(Duration.ofMinutes(durationMinutes == null ? 60 : durationMinutes));
                }
            } else if (k.timed()) {
                throw new IOException(where + ": key 'startsInDays' is required for " + kind);
            }
            Instant published = publishedDaysAgo == null ? null
                    : today.minusDays(publishedDaysAgo).atTime(LocalTime.of(8, 0)).atZone(DanishDates.ZONE).toInstant();
            MeetingDetails meeting = k == ItemKind.MEETING ? new MeetingDetails(politicians, committee, signUp) : null;
            return new Item("demo:" + id, "demo", k, title, summary, start, end, wholeDays, location, url,
                    published, null, null, itemAreas, meeting, pictureId == null ? "" : "/api/v1/images/" + pictureId);
        }
    }
}
