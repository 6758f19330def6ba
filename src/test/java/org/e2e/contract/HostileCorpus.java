package org.e2e.contract;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The hostile values the suite sends: as path and query strings (each either text, percent-encoded as UTF-8, or raw,
 * sent exactly as written), as header values, as JSON values of body fields, and as whole bodies.
 */
final class HostileCorpus {

    /** A value for a path or query parameter: {@code raw} goes into the URI as is, {@code text} is percent-encoded. */
    record UriValue(String text, String raw) {

        static UriValue text(String text) {
            return new UriValue(text, encode(text));
        }

        static UriValue raw(String raw) {
            return new UriValue(raw, raw);
        }
    }

    static final String LONG = "a".repeat(10_000);

    static final List<UriValue> URI_VALUES = List.of(
            UriValue.text("\0"), UriValue.text("a\0b"), UriValue.raw("%00"), UriValue.text("\u0001"),
            UriValue.text("\u007f"), UriValue.text("\u009f"), UriValue.text("line\nbreak"), UriValue.text("tab\there"),
            UriValue.text(LONG),
            UriValue.text("9223372036854775808"), UriValue.text("-9223372036854775809"), UriValue.text("-1"),
            UriValue.text("0"), UriValue.text("1e400"), UriValue.text("NaN"), UriValue.text("2147483648.0.0"),
            UriValue.text("not-a-uuid"), UriValue.text("00000000-0000-0000-0000-00000000000g"),
            UriValue.text("35C8EDD3-A1CE-505E-BF0E-5994B6236A7E"),
            UriValue.raw(".."), UriValue.raw("..%2f..%2fetc%2fpasswd"), UriValue.raw("%2e%2e%2f"), UriValue.raw("..%252f"),
            UriValue.text("../../etc/passwd"),
            UriValue.text("' OR '1'='1"), UriValue.text("1; DROP TABLE node; --"), UriValue.text("\\"),
            UriValue.text("<script>alert(1)</script>"), UriValue.text("\"><img src=x onerror=alert(1)>"),
            UriValue.text("%"), UriValue.text("{}"), UriValue.text("$where"), UriValue.text("😀"),
            UriValue.raw("%C3%28"), UriValue.raw("%FF%FE"), UriValue.text(""));

    static final List<String> HEADER_VALUES = List.of("", "*", "W/\"weak\"", "\"unterminated", "garbage, , ,",
            "\"a\", \"b\", *", LONG, "' OR '1'='1", "<script>alert(1)</script>");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** JSON values for a body field: bad texts, numbers past every bound, wrong types. */
    static List<JsonNode> fieldValues() {
        return List.of(JSON.textNode("\0"), JSON.textNode("a\0b"), JSON.textNode("\u0007\u001b"),
                JSON.textNode(LONG), JSON.textNode("b".repeat(25_000)), JSON.textNode("../../etc/passwd"),
                JSON.textNode("' OR 1=1; DROP TABLE node; --"), JSON.textNode("<script>alert(1)</script>"),
                JSON.textNode("not-a-uuid"), JSON.textNode("2147483648.0.0"), JSON.textNode(""),
                JSON.numberNode(new BigInteger("9223372036854775808")),
                JSON.numberNode(new BigInteger("-9223372036854775809")), JSON.numberNode(-1), JSON.numberNode(0),
                JSON.numberNode(1.5), JSON.numberNode(new BigDecimal("1e400")), JSON.booleanNode(true), JSON.nullNode(), JSON.arrayNode(),
                JSON.objectNode(), JSON.arrayNode().add("\0"), JSON.objectNode().set("x", JSON.textNode("\0")));
    }

    /** The values for fields nested deeper than two levels: one of each kind, to keep big documents quick. */
    static List<JsonNode> nestedFieldValues() {
        return List.of(JSON.textNode("a\0b"), JSON.textNode("b".repeat(25_000)),
                JSON.numberNode(new BigInteger("9223372036854775808")), JSON.numberNode(-1), JSON.booleanNode(true),
                JSON.arrayNode(), JSON.objectNode());
    }

    /** Whole bodies that are not a document of any operation. */
    static final List<String> BODIES = List.of("", "{", "[]", "null", "\"text\"", "42", "{\"unknown-field\": 1}",
            "{\"a\":\"\\u0000\"}", "[".repeat(5000) + "]".repeat(5000), "\uFEFF{}", "{\"x\": 1e999999}");

    static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=ebcdic");

    private HostileCorpus() {
    }

    /** Percent-encodes every byte outside the unreserved set (RFC 3986). */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
