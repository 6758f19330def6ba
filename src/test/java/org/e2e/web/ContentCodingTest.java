package org.e2e.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import com.aayushatharva.brotli4j.decoder.Decoder;

/** Accept-Encoding negotiation (RFC 9110 §12.5.3) and the precomputed variants, without Quarkus. */
class ContentCodingTest {

    static final Set<ContentCoding> ALL = EnumSet.allOf(ContentCoding.class);
    static final Set<ContentCoding> NO_BROTLI = EnumSet.of(ContentCoding.GZIP, ContentCoding.IDENTITY);

    @ParameterizedTest(name = "Accept-Encoding: {0} -> {1} (without Brotli: {2})")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL                          | IDENTITY | IDENTITY",
            "''                            | IDENTITY | IDENTITY",
            "gzip                          | GZIP     | GZIP",
            "x-gzip                        | GZIP     | GZIP",
            "GZIP, deflate                 | GZIP     | GZIP",
            "br                            | BR       | IDENTITY",
            "gzip, deflate, br             | BR       | GZIP",
            "gzip;q=1.0, br;q=0.5          | GZIP     | GZIP",
            "br;q=0.9, gzip;q=0.8          | BR       | GZIP",
            "*                             | BR       | GZIP",
            "*;q=0.5, gzip                 | GZIP     | GZIP",
            "br;q=0, *                     | GZIP     | GZIP",
            "identity                      | IDENTITY | IDENTITY",
            "identity;q=0, gzip;q=0.1      | GZIP     | GZIP",
            "deflate                       | IDENTITY | IDENTITY",
            "gzip;q=0                      | IDENTITY | IDENTITY",
            "gzip;q=abc                    | IDENTITY | IDENTITY",
            "identity;q=0, *;q=0           | IDENTITY | IDENTITY",
            "gzip ; q=0.001, identity;q=0  | GZIP     | GZIP" })
    void negotiatesByWeightThenBySize(String header, ContentCoding withBrotli, ContentCoding withoutBrotli) {
        assertEquals(withBrotli, ContentCoding.negotiate(header, ALL));
        assertEquals(withoutBrotli, ContentCoding.negotiate(header, NO_BROTLI));
    }

    @Test
    void everyCodingDecodesToTheIdentityBytesAndHasItsOwnStrongETag() throws IOException {
        byte[] body = "{\"actions\":[".concat("\"Be reliable and follow through.\",".repeat(400)).concat("\"end\"]}")
                .getBytes(StandardCharsets.UTF_8);
        CompressedVariants variants = CompressedVariants.of(body, "\"abc\"");
        CompressedVariants.Variant identity = variants.get(ContentCoding.IDENTITY);
        CompressedVariants.Variant gzip = variants.get(ContentCoding.GZIP);
        assertArrayEquals(body, identity.bytes());
        assertEquals("\"abc\"", identity.etag());
        assertEquals("\"abc-gzip\"", gzip.etag());
        assertTrue(gzip.length() < body.length / 10, "gzip of a repetitive body is small: " + gzip.length());
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.bytes()))) {
            assertArrayEquals(body, in.readAllBytes());
        }
        assertTrue(CompressedVariants.brotliAvailable(), "the bundled native Brotli library loads on this platform");
        CompressedVariants.Variant br = variants.get(ContentCoding.BR);
        assertEquals("\"abc-br\"", br.etag());
        assertArrayEquals(body, Decoder.decompress(br.bytes()).getDecompressedData());
        assertEquals(gzip.length() + br.length(), variants.compressedBytes(), "the compressed bytes are counted");
        assertNotEquals(gzip.etag(), br.etag());

        assertTrue(gzip.matches("W/\"abc-gzip\""), "weak comparison, as caches send it");
        assertTrue(gzip.matches("\"x\", \"abc-gzip\""));
        assertTrue(!gzip.matches("\"abc\"") && !identity.matches("\"abc-gzip\""), "one coding's ETag never matches another's");
    }

    @Test
    void aCodingThatDoesNotShrinkTheBodyIsNotKept() {
        CompressedVariants tiny = CompressedVariants.of("{}".getBytes(StandardCharsets.UTF_8), "\"t\"");
        assertNull(tiny.get(ContentCoding.GZIP));
        assertNull(tiny.get(ContentCoding.BR));
        assertEquals(ContentCoding.IDENTITY, tiny.select("gzip, br").coding());
        assertEquals(0, tiny.compressedBytes());
    }
}
