package dk.infoskaerm.server;

import io.helidon.config.Config;
import io.helidon.health.HealthCheck;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Objects;

/** A running server: the web server and the application behind it. */
public final class InfoskaermServer implements AutoCloseable {

    private final WebServer webServer;
    private final Application app;

    private InfoskaermServer(WebServer webServer, Application app) {
        this.webServer = webServer;
        this.app = app;
    }

    /**
     * Starts the server described by {@code config} (read into {@link ServerSettings}; its {@code server} node also
     * configures Helidon's web server).
     *
     * @throws PortInUseException when the configured port is taken
     */
    public static InfoskaermServer start(Config config) {
        Objects.requireNonNull(config, "config");
        ServerSettings settings = ServerSettings.from(config);
        requirePortFree(settings.host(), settings.port());
        Application app = Application.create(settings);
        HealthCheck database = new DatabaseHealthCheck(app.db());
        ObserveFeature observe = ObserveFeature.builder()
                .config(config.get("server.features.observe"))
                .addObserver(HealthObserver.builder().details(true).addCheck(database).build())
                .build();
        WebServer server = WebServer.builder()
                .config(config.get("server"))
                .addFeature(observe)
                .routing(routing -> Main.routing(routing, app))
                .build();
        try {
            app.start();
            server.start();
        } catch (RuntimeException e) {
            app.close();
            if (hasCause(e, BindException.class)) {
                throw new PortInUseException(settings.host(), settings.port(), e);
            }
            throw e;
        }
        return new InfoskaermServer(server, app);
    }

    /** The port it listens on (useful when configured as 0). */
    public int port() {
        return webServer.port();
    }

    /** The application behind it. */
    public Application app() {
        return app;
    }

    @Override
    public void close() {
        webServer.stop();
        app.close();
    }

    /** Checks before the database is opened, so a second server started by mistake says what is wrong. */
    private static void requirePortFree(String host, int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, port));
        } catch (BindException e) {
            throw new PortInUseException(host, port, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The configured port is already taken by another program. */
    public static final class PortInUseException extends RuntimeException {

        PortInUseException(String host, int port, Throwable cause) {
            super("port " + port + " on " + host + " is already in use; stop the other program or choose another port"
                    + " (key server.port in application.yaml, or SERVER_PORT=8081)", cause);
        }
    }
}
