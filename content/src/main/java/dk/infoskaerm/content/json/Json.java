package dk.infoskaerm.content.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.annotation.JsonInclude;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.feed.Feed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalTimeSerializer;

/**
 * The one place that configures JSON: ISO-8601 instants, local times as {@code HH:mm}, lower-case kinds, unknown
 * fields tolerated, and a feed's slides of unknown kinds skipped.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule()
                    .addSerializer(LocalTime.class, new LocalTimeSerializer(DateTimeFormatter.ofPattern("HH:mm"))))
            .addModule(kindModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private Json() {
    }

    /** The shared, thread-safe mapper. Do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The feed as UTF-8 JSON bytes. */
    public static byte[] writeFeed(Feed feed) {
        return write(feed);
    }

    /**
     * Reads a feed, skipping slides of kinds this code does not know; a malformed document gives an
     * {@link IOException} naming the problem.
     */
    public static Feed readFeed(byte[] json) throws IOException {
        return readFeedReporting(json).feed();
    }

    /**
     * Reads a feed as a client must (see {@code docs/feed-format.md}): fields it does not know are ignored and slides
     * of kinds it does not know are skipped and reported, so a newer server can add both without a version bump. A
     * document that is not JSON, not an object, of another version or with a slide that is broken gives an
     * {@link IOException} naming the problem.
     */
    public static FeedReading readFeedReporting(byte[] json) throws IOException {
        JsonNode tree = MAPPER.readTree(json);
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new IOException("feed document is empty");
        }
        if (!tree.isObject()) {
            throw new IOException("feed document is not a JSON object but " + tree.getNodeType());
        }
        JsonNode version = tree.path("version");
        boolean supported = version.isIntegralNumber() && version.canConvertToInt()
                && version.intValue() == Feed.FORMAT_VERSION;
        if (!supported) {
            throw new IOException("unsupported feed version " + (version.isMissingNode() ? "(none)" : version)
                    + ", expected " + Feed.FORMAT_VERSION);
        }
        List<String> skippedKinds = new ArrayList<>();
        if (tree.get("slides") instanceof ArrayNode slides) {
            for (Iterator<JsonNode> it = slides.iterator(); it.hasNext(); ) {
                JsonNode kind = it.next().path("kind");
                if (kind.isTextual() && ItemKind.findByWire(kind.textValue()).isEmpty()) {
                    skippedKinds.add(kind.textValue());
                    it.remove();
                }
            }
        }
        Feed feed = MAPPER.treeToValue(tree, Feed.class);
        return new FeedReading(feed, skippedKinds);
    }

    /** Any value as UTF-8 JSON bytes. */
    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static SimpleModule kindModule() {
        SimpleModule module = new SimpleModule("infoskaerm-kinds");
        module.addSerializer(ItemKind.class, new JsonSerializer<>() {
            @Override
            public void serialize(ItemKind kind, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(kind.wireName());
            }
        });
        module.addDeserializer(ItemKind.class, new JsonDeserializer<>() {
            @Override
            public ItemKind deserialize(JsonParser parser, DeserializationContext ctx) throws IOException {
                try {
                    return ItemKind.fromWire(parser.getValueAsString());
                } catch (IllegalArgumentException e) {
                    throw ctx.weirdStringException(parser.getValueAsString(), ItemKind.class, e.getMessage());
                }
            }
        });
        return module;
    }
}
