package dk.infoskaerm.server.sources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.importers.CheckSource;
import dk.infoskaerm.content.importers.ImportRequest;
import dk.infoskaerm.content.importers.ImportResult;
import dk.infoskaerm.content.importers.ImportedItem;
import dk.infoskaerm.content.importers.Selectors;
import dk.infoskaerm.content.importers.SourceException;
import dk.infoskaerm.content.importers.SourceFetcher;
import dk.infoskaerm.content.json.Json;
import dk.infoskaerm.server.accounts.Caller;
import dk.infoskaerm.server.http.ApiException;
import dk.infoskaerm.server.http.RequestBodies;
import dk.infoskaerm.server.http.Responses;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /api/v1/sources}: administrators list, add, edit, remove, import and test sources. Every route first
 * passes the {@code requireAdmin} guard.
 */
public final class SourceService implements HttpService {

    private static final int MAX_BODY_BYTES = 16 * 1024;

    private final Sources sources;
    private final SourceRepository repository;
    private final Function<ServerRequest, Caller> requireAdmin;

    /** The API of {@code sources}; {@code requireAdmin} throws an {@link ApiException} (401/403) for non-admins. */
    public SourceService(Sources sources, Function<ServerRequest, Caller> requireAdmin) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.repository = sources.repository();
        this.requireAdmin = Objects.requireNonNull(requireAdmin, "requireAdmin");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any((req, res) -> {
                    requireAdmin.apply(req);
                    res.next();
                })
                .get("/", this::list)
                .post("/", this::create)
                .post("/test", this::test)
                .get("/{id}", this::get)
                .put("/{id}", this::edit)
                .delete("/{id}", this::delete)
                .post("/{id}/import", this::importNow);
    }

    private void list(ServerRequest req, ServerResponse res) {
        Responses.json(res, repository.list().stream().map(this::view).toList());
    }

    private void get(ServerRequest req, ServerResponse res) {
        Responses.json(res, view(requireSource(req)));
    }

    private void create(ServerRequest req, ServerResponse res) {
        Source source = read(req, SourceInput.class).toSource(null, this::areaExists);
        if (!repository.insert(source, sources.clock().instant(), requireAdmin.apply(req))) {
            throw new ApiException(Status.CONFLICT_409, "sources.exists", "id", source.id());
        }
        res.status(Status.CREATED_201).header(HeaderNames.LOCATION, "/api/v1/sources/" + source.id());
        Responses.json(res, view(repository.find(source.id()).orElseThrow()));
    }

    private void edit(ServerRequest req, ServerResponse res) {
        String id = requireSource(req).source().id();
        Source source = read(req, SourceInput.class).toSource(id, this::areaExists);
        repository.update(source, sources.clock().instant(), requireAdmin.apply(req));
        Responses.json(res, view(requireSource(req)));
    }

    private void delete(ServerRequest req, ServerResponse res) {
        if (!repository.delete(requireSource(req).source().id(), requireAdmin.apply(req))) {
            throw notFound(req);
        }
        res.status(Status.NO_CONTENT_204).send();
    }

    private void importNow(ServerRequest req, ServerResponse res) {
        String id = requireSource(req).source().id();
        if (!sources.importer().importIfIdle(id)) {
            throw new ApiException(Status.CONFLICT_409, "sources.busy", "id", id);
        }
        Responses.json(res, view(requireSource(req)));
    }

    private void test(ServerRequest req, ServerResponse res) {
        TestInput in = read(req, TestInput.class);
        String url = SourceInput.requireUrl(in.url());
        ItemKind kind = in.kind() == null ? null : SourceInput.requireKind(in.kind());
        String format = SourceInput.requireFormat(in.format());
        Selectors selectors = SourceInput.requireSelectors(in.selectors());
        ImportRequest request = sources.importer().request("test", kind, Set.of(), selectors, sources.clock().instant());
        ImportResult result;
        try {
            SourceFetcher.Fetched fetched = sources.fetcher().fetch(URI.create(url), null, null);
            result = SourceImporter.parse(fetched, format, request);
        } catch (SourceException e) {
            throw new ApiException(Status.UNPROCESSABLE_CONTENT_422, "sources.unreadable", "url", e.getMessage());
        }
        List<JsonNode> items = new ArrayList<>(result.items().size());
        for (ImportedItem item : result.items()) {
            items.add(tree(CheckSource.line(item)));
        }
        Responses.json(res, new TestResult(items.size(), items, result.problems()));
    }

    private static JsonNode tree(String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("check-source wrote a line that is not JSON: " + line, e);
        }
    }

    private StoredSource requireSource(ServerRequest req) {
        return repository.find(req.path().pathParameters().get("id")).orElseThrow(() -> notFound(req));
    }

    private static ApiException notFound(ServerRequest req) {
        return ApiException.notFound("sources.notFound", "id", req.path().pathParameters().get("id"));
    }

    private boolean areaExists(String slug) {
        return sources.areas().find(slug).isPresent();
    }

    private SourceView view(StoredSource stored) {
        Source s = stored.source();
        return new SourceView(s.id(), s.name(), s.kind().wireName(), s.format(), s.url(),
                s.areas().stream().sorted().toList(), s.pollMinutes(), s.selectors(), s.enabled(),
                sources.importer().isRunning(s.id()), state(stored.health()), stored.health());
    }

    private static String state(SourceHealth health) {
        if (health.lastAttempt() == null) {
            return "new";
        }
        if (health.lastError() != null) {
            return "failing";
        }
        // read fine, but the document had nothing in it: worth a look, though the source is not broken
        return health.itemCount() == 0 ? "empty" : "ok";
    }

    private static <T> T read(ServerRequest req, Class<T> type) {
        return read(RequestBodies.jsonBytes(req, MAX_BODY_BYTES), type);
    }

    /** A body already read as {@code type}; a wrong type names the field's path, as a form shows it. */
    static <T> T read(byte[] body, Class<T> type) {
        T value;
        try {
            value = Json.mapper().readValue(body, type);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(r -> r.getFieldName() == null ? String.valueOf(r.getIndex())
                    : r.getFieldName()).collect(Collectors.joining("."));
            if (field.isEmpty()) {
                throw new ApiException(Status.BAD_REQUEST_400, "sources.messageNotJson", null, e.getOriginalMessage());
            }
            throw SourceInput.invalid("sources.wrongType", field, field);
        } catch (JsonProcessingException e) {
            throw new ApiException(Status.BAD_REQUEST_400, "sources.messageNotJson", null, e.getOriginalMessage());
        } catch (IOException e) {
            throw new ApiException(Status.BAD_REQUEST_400, "sources.messageUnreadable", null);
        }
        if (value == null) {
            throw new ApiException(Status.BAD_REQUEST_400, "sources.messageEmpty", null);
        }
        return value;
    }

    /** What {@code POST /test} reads. */
    record TestInput(String url, String kind, String format, SourceInput.SelectorsInput selectors) {
    }

    /** What {@code POST /test} answers: the items as check-source prints them, and the problems met. */
    record TestResult(int itemCount, List<JsonNode> items, List<String> problems) {
    }

    /** A source with its health, as the API shows it; {@code state}: {@code new}, {@code ok}, {@code empty}, {@code failing}. */
    record SourceView(String id, String name, String kind, String format, String url, List<String> areas,
                      int pollMinutes, Selectors selectors, boolean enabled, boolean importing, String state,
                      SourceHealth health) {
    }
}
