package dk.infoskaerm.content.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "::1", "0.0.0.0", "::", "10.0.0.1", "172.16.0.1",
            "172.31.255.255", "192.168.1.1", "169.254.169.254", "fe80::1", "fc00::1", "fd12:3456::1", "224.0.0.1",
            "ff02::1", "100.64.0.1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::127.0.0.1", "64:ff9b::7f00:1",
            "255.255.255.255", "240.0.0.1", "192.0.2.1", "2001:db8::1", "fec0::1"})
    void refusesAddressesOfThisMachineAndPrivateNetworks(String literal) throws Exception {
        assertFalse(AddressGuard.isPublic(InetAddress.getByName(literal)), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "193.163.102.10", "172.32.0.1", "100.128.0.1", "2a00:1450:4001::1",
            "::ffff:93.184.216.34"})
    void allowsPublicAddresses(String literal) throws Exception {
        assertTrue(AddressGuard.isPublic(InetAddress.getByName(literal)), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:9/observe/metrics", "http://[::1]:9/", "http://2130706433:9/",
            "http://0:9/", "http://localhost:9/"})
    void refusesLoopbackFormsBeforeConnecting(String url) {
        FetchException e = assertThrows(FetchException.class, () -> AddressGuard.PUBLIC_ONLY.check(URI.create(url)));
        assertTrue(e.getMessage().contains("er lokal eller privat"), e.getMessage());
        assertTrue(e.getMessage().startsWith(url), e.getMessage());
    }

    @Test
    void refusesAUrlWithoutAHostItCanCheck() {
        FetchException e = assertThrows(FetchException.class,
                () -> AddressGuard.PUBLIC_ONLY.check(URI.create("http://127.1:9/")));
        assertTrue(e.getMessage().contains("intet værtsnavn"), e.getMessage());
    }

    @Test
    void aRedirectToAnAddressTheGuardRefusesIsNotFollowed() throws Exception {
        HttpServer inside = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger reached = new AtomicInteger();
        inside.createContext("/", exchange -> {
            reached.incrementAndGet();
            byte[] body = "<rss version=\"2.0\"><channel><title>x</title></channel></rss>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        HttpServer outside = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        outside.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + inside.getAddress().getPort() + "/metrics");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        inside.start();
        outside.start();
        try {
            // stands in for a public address: only 127.0.0.2 is allowed
            AddressGuard onlyOutside = new AddressGuard(a -> a.getHostAddress().equals("127.0.0.2"));
            SourceFetcher fetcher = new SourceFetcher(Duration.ofSeconds(2), Duration.ofSeconds(2), 1024, onlyOutside);
            URI start = URI.create("http://127.0.0.2:" + outside.getAddress().getPort() + "/feed");
            FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(start, null, null));
            assertTrue(e.getMessage().contains("127.0.0.1 er lokal eller privat"), e.getMessage());
            assertEquals(0, reached.get(), "the address behind the redirect was never contacted");
        } finally {
            outside.stop(0);
            inside.stop(0);
        }
    }
}
