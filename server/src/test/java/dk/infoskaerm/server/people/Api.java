package dk.infoskaerm.server.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dk.infoskaerm.content.json.Json;
import dk.infoskaerm.server.InfoskaermServer;
import dk.infoskaerm.server.TestConfigs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real server on a socket and a small JSON client for it, with logins as cookie + CSRF token. */
final class Api implements AutoCloseable {

    static final String PASSWORD = "rigtig-god-kode-1";
    private static final Pattern SESSION_COOKIE = Pattern.compile("isk_session=([^;]*)");

    final InfoskaermServer server;
    private final HttpClient http;

    private Api(InfoskaermServer server, HttpClient http) {
        this.server = server;
        this.http = http;
    }

    private Api(InfoskaermServer server) {
        this(server, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    /**
     * The same server called from another loopback address ({@code 127.0.0.2}, …), as from a second machine. Do not
     * close it: it shares the server.
     */
    Api from(String loopbackAddress) {
        try {
            return new Api(server, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .localAddress(java.net.InetAddress.getByName(loopbackAddress)).build());
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + loopbackAddress, e);
        }
    }

    /**
     * A server on {@code dataDir} with cheap password hashing, plus {@code extra} config keys, on the database the
     * test run selects ({@link TestConfigs#selected}).
     */
    static Api start(Path dataDir, Map<String, String> extra) {
        Map<String, String> config = new HashMap<>(Map.of("infoskaerm.accounts.bcrypt-cost", "4"));
        config.putAll(extra);
        return new Api(InfoskaermServer.start(TestConfigs.selected(dataDir, config)));
    }

    /** A session: the cookie value and the CSRF token. */
    record Login(String sessionId, String csrf) {
    }

    /** An answer. */
    record Res(int status, String body, HttpHeaders headers, byte[] bytes) {
        JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String error() {
            return status + " " + body;
        }
    }

    /** Logs in and asserts it worked. */
    Login login(String username, String password) {
        Res r = json(null, "POST", "/api/v1/session", Map.of("username", username, "password", password));
        assertEquals(200, r.status(), r.error());
        return new Login(sessionCookie(r), r.json().get("csrfToken").asText());
    }

    static String sessionCookie(Res r) {
        for (String header : r.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION_COOKIE.matcher(header);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no session cookie in " + r.headers().map());
    }

    Res get(Login who, String path) {
        return send(who, "GET", path, null, null);
    }

    Res json(Login who, String method, String path, Object body) {
        return send(who, method, path, "application/json", body == null ? null : Json.write(body));
    }

    Res send(Login who, String method, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (who != null) {
            b.header("Cookie", "isk_session=" + who.sessionId());
            b.header("X-CSRF-Token", who.csrf());
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Res(r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8),
                    r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A post body for {@code areas}, shown from now for a week. */
    static Map<String, Object> post(String title, String text, List<String> areas) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("text", text);
        body.put("link", "https://example.org/opslag");
        body.put("visibleUntil", java.time.OffsetDateTime.now().plusDays(7).toString());
        body.put("areas", areas);
        return body;
    }

    /** A meeting body in {@code area}, three days from now. */
    static Map<String, Object> meeting(String area, String title) {
        java.time.OffsetDateTime start = java.time.OffsetDateTime.now().plusDays(3).withNano(0);
        Map<String, Object> body = new HashMap<>();
        body.put("area", area);
        body.put("title", title);
        body.put("committee", "Teknik- og Miljøudvalget");
        body.put("politicians", List.of("Anne Hansen", "Bo Jensen"));
        body.put("location", "Mørkøv Hallen");
        body.put("start", start.toString());
        body.put("end", start.plusHours(2).toString());
        body.put("signUp", "https://example.org/tilmeld");
        return body;
    }

    /** A Book-en-Politiker request for {@code area}, with dates two and three weeks ahead. */
    static Map<String, Object> bookRequest(String area) {
        java.time.OffsetDateTime first = java.time.OffsetDateTime.now().plusDays(14).withNano(0);
        Map<String, Object> body = new HashMap<>();
        body.put("requester", "Mørkøv Lokalforum");
        body.put("area", area);
        body.put("topic", "Trafiksikkerhed på skolevejen");
        body.put("dateOptions", List.of(first.toString(), first.plusDays(7).toString()));
        body.put("audience", 40);
        body.put("contact", "formand@moerkoev.dk");
        return body;
    }

    @Override
    public void close() {
        server.close();
    }
}
