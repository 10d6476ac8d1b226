package dk.infoskaerm.content.importers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Fetches a source over HTTP(S) with timeouts, a body-size limit and conditional GET, or reads a local file. */
public final class SourceFetcher {

    /** Default largest body accepted: 10 MB. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private static final String USER_AGENT = "Infoskaerm/0.1 (+https://github.com/infoskaerm)";

    /** Redirects followed at most, each checked by the guard. */
    private static final int MAX_REDIRECTS = 5;

    private final HttpClient client;
    private final Duration requestTimeout;
    private final long maxBytes;
    private final AddressGuard guard;

    /**
     * A fetcher.
     *
     * @param connectTimeout how long to wait for a connection
     * @param requestTimeout how long to wait for the response headers and for the whole body
     * @param maxBytes the largest body accepted; larger ones are aborted while streaming
     * @param guard the addresses sources may be fetched from, checked before every request and redirect
     */
    public SourceFetcher(Duration connectTimeout, Duration requestTimeout, long maxBytes, AddressGuard guard) {
        this.guard = Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * A fetcher for the command line, on the machine and with the rights of whoever runs it: a 10 s connect timeout,
     * a 30 s request timeout, a 10 MB limit, and every address allowed.
     */
    public SourceFetcher() {
        this(Duration.ofSeconds(10), Duration.ofSeconds(30), DEFAULT_MAX_BYTES, AddressGuard.ANY);
    }

    /**
     * Fetched bytes, or "not modified".
     *
     * @param notModified whether the server answered 304 (then body is empty)
     * @param body the body, empty when not modified
     * @param contentType the Content-Type, or null
     * @param etag the ETag to send next time, or null
     * @param lastModified the Last-Modified to send next time, or null
     * @param uri the final URI after redirects (or the file's URI)
     */
    public record Fetched(boolean notModified, byte[] body, String contentType, String etag, String lastModified,
                          URI uri) {
    }

    /** GETs {@code uri}, sending If-None-Match / If-Modified-Since when given (null for none). */
    public Fetched fetch(URI uri, String etag, String lastModified) throws FetchException {
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("only http and https URLs can be fetched: " + uri);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(requestTimeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/calendar, application/rss+xml, application/atom+xml, application/xml;q=0.9, "
                        + "text/html;q=0.8, */*;q=0.5");
        if (etag != null && !etag.isBlank()) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null && !lastModified.isBlank()) {
            request.header("If-Modified-Since", lastModified);
        }
        String url = uri.toString();
        HttpResponse<InputStream> response;
        try {
            response = send(uri, request);
        } catch (FetchException e) {
            throw e;
        } catch (HttpTimeoutException e) {
            throw new FetchException(url, 0, ImportTexts.get("fetch.timeout", requestTimeout.toMillis()), e);
        } catch (IOException e) {
            throw new FetchException(url, 0, ImportTexts.get("fetch.connect", e.getClass().getSimpleName()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(url, 0, ImportTexts.get("fetch.interrupted"), e);
        }
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        String newEtag = response.headers().firstValue("ETag").orElse(null);
        String newLastModified = response.headers().firstValue("Last-Modified").orElse(null);
        try (InputStream in = response.body()) {
            int status = response.statusCode();
            if (status == 304) {
                return new Fetched(true, new byte[0], contentType, newEtag == null ? etag : newEtag,
                        newLastModified == null ? lastModified : newLastModified, response.uri());
            }
            if (status < 200 || status > 299) {
                throw new FetchException(url, status, ImportTexts.get("fetch.status", String.valueOf(status)), null);
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                throw new FetchException(url, 0, ImportTexts.get("fetch.declaredTooLarge", declared, maxBytes), null);
            }
            byte[] body = readWithDeadline(in, url);
            return new Fetched(false, body, contentType, newEtag, newLastModified, response.uri());
        } catch (HttpTimeoutException e) {
            throw new FetchException(url, 0, ImportTexts.get("fetch.bodyTimeout", requestTimeout.toMillis()), e);
        } catch (IOException e) {
            throw e instanceof FetchException f ? f : new FetchException(url, 0, ImportTexts.get("fetch.readBody", e.getClass().getSimpleName()), e);
        }
    }

    /** Sends the request, following redirects (at most {@link #MAX_REDIRECTS}) with the guard checking every hop. */
    private HttpResponse<InputStream> send(URI uri, HttpRequest.Builder request) throws IOException, InterruptedException {
        URI current = uri;
        for (int hop = 0; ; hop++) {
            guard.check(current);
            HttpResponse<InputStream> response = client.send(request.uri(current).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            boolean redirect = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
            if (!redirect || response.headers().firstValue("Location").isEmpty()) {
                return response;
            }
            response.body().close();
            if (hop == MAX_REDIRECTS) {
                throw new FetchException(uri.toString(), status,
                        ImportTexts.get("fetch.redirects", MAX_REDIRECTS, String.valueOf(status)), null);
            }
            URI next;
            try {
                next = current.resolve(response.headers().firstValue("Location").orElseThrow());
            } catch (IllegalArgumentException e) {
                throw new FetchException(uri.toString(), status,
                        ImportTexts.get("fetch.redirectInvalid", String.valueOf(status)), e);
            }
            String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new FetchException(uri.toString(), status,
                        ImportTexts.get("fetch.redirectScheme", String.valueOf(status), next), null);
            }
            current = next;
        }
    }

    /** Reads a local file, within the same size limit. */
    public Fetched read(Path file) throws SourceException {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new SourceException(name, ImportTexts.get("file.tooLarge", size, maxBytes));
            }
            return new Fetched(false, Files.readAllBytes(file), null, null, null, file.toUri());
        } catch (NoSuchFileException e) {
            throw new SourceException(name, ImportTexts.get("file.missing"), e);
        } catch (SourceException e) {
            throw e;
        } catch (IOException e) {
            throw new SourceException(name, ImportTexts.get("file.unreadable", e.getClass().getSimpleName()), e);
        }
    }

    // The client's timeout ends with the headers; a body that trickles or stalls is cut off here.
    private byte[] readWithDeadline(InputStream in, String url) throws IOException {
        FutureTask<byte[]> task = new FutureTask<>(() -> readLimited(in, url));
        Thread.ofVirtual().name("fetch-body").start(task);
        try {
            return task.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            in.close();
            throw new FetchException(url, 0, ImportTexts.get("fetch.bodyTimeout", requestTimeout.toMillis()), e);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(url, 0, ImportTexts.get("fetch.interrupted"), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new FetchException(url, 0, ImportTexts.get("fetch.readBody",
                    e.getCause().getClass().getSimpleName()), e.getCause());
        }
    }

    private byte[] readLimited(InputStream in, String url) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            if (total > maxBytes) {
                throw new FetchException(url, 0, ImportTexts.get("fetch.bodyTooLarge", maxBytes), null);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
