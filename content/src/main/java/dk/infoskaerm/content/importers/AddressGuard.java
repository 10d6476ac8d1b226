package dk.infoskaerm.content.importers;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Which addresses a source may be fetched from. The server's default allows public addresses only, so a source URL
 * cannot reach the server's own machine or its network (loopback, private, link-local, unique-local, multicast,
 * unspecified and reserved ranges); the check runs on the addresses the host resolves to, before every request,
 * redirects included.
 */
public final class AddressGuard {

    /** Public addresses only: the server's default. */
    public static final AddressGuard PUBLIC_ONLY = new AddressGuard(AddressGuard::isPublic);
    /** Every address: for tests and intranet calendars ({@code INFOSKAERM_ALLOW_PRIVATE_SOURCES=true}), and the command line. */
    public static final AddressGuard ANY = new AddressGuard(address -> true);

    private final Predicate<InetAddress> allowed;

    /** A guard allowing the addresses {@code allowed} accepts. */
    public AddressGuard(Predicate<InetAddress> allowed) {
        this.allowed = Objects.requireNonNull(allowed, "allowed");
    }

    /** Refuses {@code uri} when its host resolves to an address this guard does not allow; names the address. */
    void check(URI uri) throws FetchException {
        if (this == ANY) {
            return;
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new FetchException(uri.toString(), 0, "adressen har intet værtsnavn", null);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new FetchException(uri.toString(), 0, "værtsnavnet " + host + " findes ikke", e);
        }
        for (InetAddress address : addresses) {
            if (!allowed.test(address)) {
                throw new FetchException(uri.toString(), 0, "adressen " + address.getHostAddress() + " er lokal eller"
                        + " privat; kilder skal ligge på internettet (et intranet kræver"
                        + " INFOSKAERM_ALLOW_PRIVATE_SOURCES=true på serveren)", null);
            }
        }
    }

    /** Whether {@code address} is a public unicast address, reachable on the internet. */
    public static boolean isPublic(InetAddress address) {
        Objects.requireNonNull(address, "address");
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            if (isEmbeddedIpv4(b)) {
                try {
                    return isPublic(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            int first = b[0] & 0xff;
            boolean uniqueLocal = (first & 0xfe) == 0xfc;
            boolean documentation = first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8;
            return !uniqueLocal && !documentation;
        }
        if (address instanceof Inet4Address) {
            int a = b[0] & 0xff;
            int c = b[1] & 0xff;
            return a != 0                                   // "this network", 0.0.0.0/8
                    && !(a == 100 && c >= 64 && c <= 127)     // carrier-grade NAT, 100.64.0.0/10
                    && !(a == 192 && c == 0 && (b[2] & 0xff) <= 2) // IETF and documentation, 192.0.0.0/24, 192.0.2.0/24
                    && !(a == 198 && (c == 18 || c == 19))    // benchmarking, 198.18.0.0/15
                    && !(a == 198 && c == 51 && (b[2] & 0xff) == 100) // documentation, 198.51.100.0/24
                    && !(a == 203 && c == 0 && (b[2] & 0xff) == 113)  // documentation, 203.0.113.0/24
                    && a < 240;                               // reserved and broadcast, 240.0.0.0/4
        }
        return false;
    }

    /** IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) addresses. */
    private static boolean isEmbeddedIpv4(byte[] b) {
        boolean zeros = true;
        for (int i = 0; i < 10; i++) {
            zeros &= b[i] == 0;
        }
        boolean mapped = zeros && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeros && b[10] == 0 && b[11] == 0;
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        return mapped || compatible || nat64;
    }
}
