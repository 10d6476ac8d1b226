package dk.infoskaerm.content.importers;

import dk.infoskaerm.content.Hashes;

/** Stable item ids: {@code sourceId:key}, the key hashed when it is long or not URL-safe. */
final class Ids {

    private static final int MAX_KEY = 64;

    private Ids() {
    }

    static String of(String sourceId, String key) {
        return sourceId + ":" + (isShortAndPlain(key) ? key : hash(key));
    }

    private static boolean isShortAndPlain(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '_' || c == '.' || c == '@' || c == ':';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static String hash(String key) {
        return Hashes.sha256Hex(key).substring(0, 24);
    }
}
