package dk.infoskaerm.content.importers;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Bytes to text for sources that do not say their encoding reliably: UTF-8 when valid, else Windows-1252. */
final class Texts {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Texts() {
    }

    /** The charset a Content-Type such as {@code text/xml; charset="iso-8859-1"} names, if this JVM knows it. */
    static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";")) {
            String[] pair = param.split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String name = pair[1].strip().replace("\"", "").replace("'", "");
                try {
                    return Charset.isSupported(name) ? Charset.forName(name).name() : null;
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    static String decode(byte[] body) {
        int offset = body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb
                && (body[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, offset, body.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(body, WINDOWS_1252);
        }
    }
}
