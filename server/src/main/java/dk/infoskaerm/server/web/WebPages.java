package dk.infoskaerm.server.web;

import dk.infoskaerm.content.Hashes;
import dk.infoskaerm.content.json.Json;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web pages for volunteers and administrators: a fixed set of files from {@code web/} on the classpath, each
 * page its fragment in the common layout with the Danish texts filled in, served with a strict Content-Security-Policy.
 */
public final class WebPages implements HttpService {

    /** No inline script or style, nothing from elsewhere, never in a frame; previews come as blob: URLs. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static final Pattern TEXT = Pattern.compile("\\{\\{t:([A-Za-z0-9.]+)}}");
    private static final List<Page> PAGES = List.of(
            new Page("/login", "login", "login.html", "page.login", "login.js"),
            new Page("/adgangskode", "password", "password.html", "page.password", "login.js"),
            new Page("/opslag/nyt", "postNew", "post-new.html", "page.postNew", "posts.js"),
            new Page("/opslag", "myPosts", "my-posts.html", "page.myPosts", "posts.js"),
            new Page("/dialogmoede", "meeting", "meeting.html", "page.meeting", "meetings.js"),
            new Page("/admin", "dashboard", "dashboard.html", "page.dashboard", "admin.js"),
            new Page("/admin/godkendelse", "queue", "queue.html", "page.queue", "admin.js"),
            new Page("/admin/akut", "urgent", "urgent.html", "page.urgent", "admin.js"),
            new Page("/admin/program", "schedule", "schedule.html", "page.schedule", "admin.js"),
            new Page("/admin/log", "audit", "audit.html", "page.audit", "admin.js"),
            new Page("/admin/kilder", "sources", "sources.html", "page.sources", "manage.js"),
            new Page("/admin/skaerme", "screens", "screens.html", "page.screens", "manage.js"),
            new Page("/admin/omraader", "areas", "areas.html", "page.areas", "manage.js"),
            new Page("/admin/brugere", "users", "users.html", "page.users", "manage.js"),
            new Page("/admin/politikere", "politicians", "politicians.html", "page.politicians", "politicians.js"),
            new Page("/admin/book-en-politiker", "bookAdmin", "book-admin.html", "page.bookAdmin", "book-admin.js"));
    /** Pages for anyone, reached by QR code: no login, no menu. */
    private static final List<Page> PUBLIC_PAGES = List.of(
            new Page("/m/{code}", "signup", "signup.html", "page.signup", "signup.js"),
            new Page("/book-en-politiker", "book", "book.html", "page.book", "book.js"));
    private static final List<String> ASSETS = List.of("app.css", "common.js", "login.js", "posts.js", "admin.js",
            "manage.js", "meetings.js", "politicians.js", "signup.js", "area-contact.js", "book.js",
            "book-admin.js");

    private static final Page NOT_FOUND = new Page("", "notFound", "not-found.html", "page.notFound", "login.js");

    private final Map<String, Asset> files = new LinkedHashMap<>();
    /** The pages, the "no such page" page and the scripts' texts, in each language. */
    private final Map<Locale, Map<String, Asset>> pages = new HashMap<>();
    private final Map<Locale, Asset> notFound = new HashMap<>();

    /** Reads and assembles every page and asset once; a missing file or text is a packaging bug and fails here. */
    public WebPages() {
        String layout = resource("layout.html");
        String publicLayout = resource("public-layout.html");
        for (Locale language : WebTexts.LANGUAGES) {
            Map<String, Asset> inLanguage = new LinkedHashMap<>();
            for (Page page : PAGES) {
                inLanguage.put(page.path(), page(layout, page, language));
            }
            for (Page page : PUBLIC_PAGES) {
                inLanguage.put(page.path(), page(publicLayout, page, language));
            }
            Map<String, String> texts = WebTexts.all(language);
            // The pages check a picture's size before sending it, against the server's own limit.
            texts.put("limit.imageBytes", String.valueOf(dk.infoskaerm.server.posts.Images.MAX_BYTES));
            inLanguage.put("/assets/texts.json", Asset.of(new String(Json.write(texts), StandardCharsets.UTF_8),
                    "application/json; charset=utf-8"));
            pages.put(language, inLanguage);
            notFound.put(language, page(layout, NOT_FOUND, language));
        }
        for (String asset : ASSETS) {
            String type = asset.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
            files.put("/assets/" + asset, Asset.of(resource("assets/" + asset), type));
        }
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", (req, res) -> {
            res.status(Status.SEE_OTHER_303).header(HeaderNames.LOCATION, "/login");
            securityHeaders(res);
            res.send();
        });
        files.forEach((path, asset) -> rules.get(path, (req, res) -> send(req, res, asset)));
        pages.get(WebTexts.DANISH).keySet().forEach(path -> rules.get(path, (req, res) -> {
            Locale language = language(req, res);
            send(req, res, pages.get(language).get(path));
        }));
    }

    /** The Danish "no such page" page with status 404, for paths that are neither a page, an asset nor the API. */
    public void notFound(ServerRequest req, ServerResponse res) {
        Asset notFound = this.notFound.get(language(req, res));
        securityHeaders(res);
        res.status(Status.NOT_FOUND_404);
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.header(HeaderNames.CONTENT_TYPE, notFound.contentType());
        res.send(notFound.body());
    }

    /**
     * The language of the answer to {@code req} (see {@link WebTexts#of}); a choice made with {@code ?lang=} is kept
     * in a cookie. The answer varies with both.
     */
    static Locale language(ServerRequest req, ServerResponse res) {
        Locale language = WebTexts.of(req);
        if (req.query().first("lang").isPresent()) {
            res.header(HeaderNames.SET_COOKIE, WebTexts.COOKIE + "=" + language.getLanguage()
                    + "; Path=/; Max-Age=31536000; SameSite=Lax");
        }
        res.header(HeaderNames.VARY, "Accept-Language, Cookie");
        return language;
    }

    private static Asset page(String layout, Page page, Locale language) {
        String html = layout.replace("{{main}}", resource("pages/" + page.fragment()))
                .replace("{{title}}", escape(WebTexts.get(language, page.titleKey())))
                .replace("{{page}}", page.name())
                .replace("{{lang}}", language.getLanguage())
                .replace("{{script}}", page.script());
        return Asset.of(texts(html, language), "text/html; charset=utf-8");
    }

    /** The headers every page and asset carries. */
    static void securityHeaders(ServerResponse res) {
        res.header(HeaderNames.create("Content-Security-Policy"), CSP);
        res.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
        res.header(HeaderNames.create("X-Frame-Options"), "DENY");
        res.header(HeaderNames.create("Referrer-Policy"), "same-origin");
    }

    private static void send(ServerRequest req, ServerResponse res, Asset asset) {
        securityHeaders(res);
        // Revalidate every time: the files change with each deployment, and a 304 costs little.
        res.header(HeaderNames.CACHE_CONTROL, "no-cache");
        res.header(HeaderNames.ETAG, asset.etag());
        if (req.headers().first(HeaderNames.IF_NONE_MATCH).map(asset.etag()::equals).orElse(false)) {
            res.status(Status.NOT_MODIFIED_304).send();
            return;
        }
        res.header(HeaderNames.CONTENT_TYPE, asset.contentType());
        res.send(asset.body());
    }

    /** {@code html} with each {@code {{t:key}}} replaced by its text in {@code language}, escaped. */
    static String texts(String html, Locale language) {
        Matcher m = TEXT.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(escape(WebTexts.get(language, m.group(1)))));
        }
        return m.appendTail(out).toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    static String resource(String name) {
        try (InputStream in = WebPages.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("web resource missing from the classpath: web/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read web/" + name, e);
        }
    }

    private record Page(String path, String name, String fragment, String titleKey, String script) {
    }

    private record Asset(byte[] body, String contentType, String etag) {
        static Asset of(String text, String contentType) {
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            return new Asset(body, contentType, "\"" + Hashes.sha256Hex(body).substring(0, 32) + "\"");
        }
    }
}
