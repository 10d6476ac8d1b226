package dk.infoskaerm.client.feed;

import com.fasterxml.jackson.databind.JsonNode;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.json.FeedReading;
import dk.infoskaerm.content.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/** Fetches a screen's feed from {@code GET {server}/api/v1/screens/{id}/feed}, with If-None-Match. */
public final class FeedClient {

    /** Feeds larger than this are refused. */
    public static final int MAX_BODY_BYTES = 5 * 1024 * 1024;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http;
    private final URI feedUri;
    private final String screenId;
    private final URI serverUrl;
    private final Duration requestTimeout;

    /** A client for {@code screenId}'s feed on the server at {@code serverUrl}. */
    public FeedClient(URI serverUrl, String screenId) {
        this(serverUrl, screenId, CONNECT_TIMEOUT, REQUEST_TIMEOUT);
    }

    FeedClient(URI serverUrl, String screenId, Duration connectTimeout, Duration requestTimeout) {
        Objects.requireNonNull(serverUrl, "serverUrl");
        this.screenId = Objects.requireNonNull(screenId, "screenId");
        this.serverUrl = serverUrl;
        String base = serverUrl.toString().replaceAll("/+$", "");
        this.feedUri = URI.create(base + "/api/v1/screens/" + URLEncoder.encode(screenId, StandardCharsets.UTF_8) + "/feed");
        this.requestTimeout = requestTimeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The URL this client fetches. */
    public URI feedUri() {
        return feedUri;
    }

    /** The server's base URL, as configured. */
    public URI serverUrl() {
        return serverUrl;
    }

    /** The screen whose feed this client fetches. */
    public String screenId() {
        return screenId;
    }

    /** Fetches the feed, sending {@code etag} (may be null) as If-None-Match. */
    public FetchResult fetch(String etag) throws FeedFetchException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(feedUri)
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .GET();
        if (etag != null && !etag.isBlank()) {
            request.header("If-None-Match", etag);
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FeedFetchException(feedUri, -1, "timed out (" + e.getMessage() + ")", e);
        } catch (ConnectException e) {
            throw new FeedFetchException(feedUri, -1, "cannot connect (" + (e.getMessage() == null
                    ? "refused or unreachable" : e.getMessage()) + ")", e);
        } catch (IOException e) {
            throw new FeedFetchException(feedUri, -1, describe(e), e);
        }
        int status = response.statusCode();
        try (InputStream in = response.body()) {
            if (status == 304) {
                return new FetchResult.NotModified();
            }
            byte[] body = readLimited(in, status);
            if (status != 200) {
                throw new FeedFetchException(feedUri, status, serverReason(body), null);
            }
            FeedReading reading = parse(body, status);
            Feed feed = reading.feed();
            if (!screenId.equals(feed.screenId())) {
                throw new FeedFetchException(feedUri, status, "feed is for screen '" + feed.screenId()
                        + "', not '" + screenId + "'", null);
            }
            return new FetchResult.Modified(feed, body, response.headers().firstValue("ETag").orElse(null),
                    reading.skippedKinds());
        } catch (FeedFetchException e) {
            throw e;
        } catch (IOException e) {
            throw new FeedFetchException(feedUri, status, "reading the body failed: " + describe(e), e);
        }
    }

    /**
     * The bytes of a slide's picture: {@code reference} is resolved against the feed's URL, so the server's
     * {@code /api/v1/images/{id}} works as well as an absolute http(s) URL. At most {@code maxBytes}.
     */
    public byte[] download(String reference, int maxBytes) throws IOException, InterruptedException {
        URI uri;
        try {
            uri = feedUri.resolve(reference);
        } catch (IllegalArgumentException e) {
            throw new IOException("not a URL: " + e.getMessage(), e);
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IOException("only http and https pictures are fetched, not " + uri.getScheme());
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(requestTimeout).header("Accept", "image/*").GET()
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException(uri + " answered " + response.statusCode());
            }
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw new IOException(uri + " is larger than " + maxBytes + " bytes");
            }
            return body;
        }
    }

    private FeedReading parse(byte[] body, int status) throws FeedFetchException {
        try {
            return Json.readFeedReporting(body);
        } catch (IOException | RuntimeException e) {
            throw new FeedFetchException(feedUri, status, "not a valid feed document: " + firstLine(describe(e)), e);
        }
    }

    private byte[] readLimited(InputStream in, int status) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new FeedFetchException(feedUri, status, "body larger than " + MAX_BODY_BYTES + " bytes", null);
        }
        return body;
    }

    /** The {@code error} of the server's JSON error body, or the start of the body. */
    private static String serverReason(byte[] body) {
        try {
            JsonNode error = Json.mapper().readTree(body);
            if (error != null && error.hasNonNull("error")) {
                return error.get("error").asText();
            }
        } catch (IOException | RuntimeException e) {
            // not JSON: fall through to the raw text
        }
        String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "no body" : firstLine(text);
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
