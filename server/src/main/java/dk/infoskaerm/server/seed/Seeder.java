package dk.infoskaerm.server.seed;

import dk.infoskaerm.content.Area;
import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.Screen;
import dk.infoskaerm.server.areas.AreaRepository;
import dk.infoskaerm.server.db.Database;
import dk.infoskaerm.server.items.ItemRepository;
import dk.infoskaerm.server.posts.ImageRepository;
import dk.infoskaerm.server.screens.DeviceTokens;
import dk.infoskaerm.server.screens.ScreenRepository;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/** Loads {@link SeedData} into an empty database, in one transaction. */
public final class Seeder {

    private static final Logger LOG = Logger.getLogger(Seeder.class.getName());

    private Seeder() {
    }

    /**
     * Loads {@code seed} when the database has no areas yet, giving each screen a new device token.
     *
     * @return the device tokens of the new screens by screen id; empty when the database was not empty
     */
    public static Map<String, String> seedIfEmpty(Database db, SeedData seed) {
        if (!new AreaRepository(db).isEmpty()) {
            return Map.of();
        }
        Instant now = Instant.now();
        Map<String, String> tokens = new LinkedHashMap<>();
        db.inContentTransaction(c -> {
            int position = 0;
            for (Area area : seed.areas()) {
                AreaRepository.insert(c, area, position++);
            }
            for (Screen screen : seed.screens()) {
                ScreenRepository.insert(c, screen);
                String token = DeviceTokens.newToken();
                ScreenRepository.setTokenHash(c, screen.id(), DeviceTokens.hash(token));
                tokens.put(screen.id(), token);
            }
            for (Map.Entry<String, byte[]> picture : seed.pictures().entrySet()) {
                try {
                    ImageRepository.insertUpload(c, picture.getKey(), picture.getValue(), "seed", now);
                } catch (RuntimeException e) {
                    throw new IllegalStateException("seed data: picture " + picture.getKey()
                            + " (key 'image' of a demo item): " + e.getMessage(), e);
                }
            }
            for (Item item : seed.items()) {
                ItemRepository.upsert(c, item, now);
            }
            return null;
        });
        LOG.info(() -> "First start: loaded " + seed.areas().size() + " areas, " + seed.screens().size()
                + " screens and " + seed.items().size() + " demo items");
        return tokens;
    }
}
