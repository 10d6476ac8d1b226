package dk.infoskaerm.client.display;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The machine's own IP addresses, for the technician's status screen: IPv4 first, no loopback. */
final class MachineAddress {

    private MachineAddress() {
    }

    /** Up to three addresses, e.g. "192.168.1.23 (eth0)"; "ingen netværk" when the machine has none. */
    static String find() {
        List<String> v4 = new ArrayList<>();
        List<String> v6 = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    String text = address.getHostAddress().replaceFirst("%.*", "") + " (" + nic.getName() + ")";
                    (address instanceof Inet4Address ? v4 : v6).add(text);
                }
            }
        } catch (SocketException e) {
            return "ukendt (" + e.getMessage() + ")";
        }
        v4.addAll(v6);
        return v4.isEmpty() ? "ingen netværk" : String.join(", ", v4.subList(0, Math.min(3, v4.size())));
    }
}
