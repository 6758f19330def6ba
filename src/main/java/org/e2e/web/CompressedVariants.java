package org.e2e.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.jboss.logging.Logger;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * A precomputed representation in every content coding it is worth keeping: identity, gzip (level 9) and, where the
 * bundled native Brotli library loads, Brotli (quality 11 up to {@link #BROTLI_BEST_LIMIT} bytes, 9 above, where 11
 * would take seconds). Each variant is a read-only direct buffer, written to the socket without a copy, and has its
 * own strong ETag (RFC 9110 §8.8.3: a representation in another coding is another representation): the identity
 * ETag with {@code -gzip} or {@code -br} appended inside the quotes. A coding is only kept when it is smaller than
 * identity.
 */
public final class CompressedVariants {

    private static final Logger LOG = Logger.getLogger(CompressedVariants.class);
    static final int BROTLI_BEST_LIMIT = 256 * 1024;
    private static final boolean BROTLI = loadBrotli();

    /** One coding of the representation: its bytes and its quoted strong ETag. */
    public record Variant(ContentCoding coding, ByteBuf buffer, String etag) {

        public int length() {
            return buffer.readableBytes();
        }

        /** The bytes (a copy), for the JAX-RS path. */
        public byte[] bytes() {
            byte[] bytes = new byte[buffer.readableBytes()];
            buffer.getBytes(buffer.readerIndex(), bytes);
            return bytes;
        }

        /** Weak comparison of If-None-Match (RFC 9110 §13.1.2) against this variant's ETag. */
        public boolean matches(String ifNoneMatch) {
            if (ifNoneMatch == null) {
                return false;
            }
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.startsWith("W/")) {
                    t = t.substring(2);
                }
                if (t.equals("*") || t.equals(etag)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Map<ContentCoding, Variant> variants;
    private final long compressedBytes;

    private CompressedVariants(Map<ContentCoding, Variant> variants, long compressedBytes) {
        this.variants = variants;
        this.compressedBytes = compressedBytes;
    }

    /** Whether Brotli variants are made here (the native library loaded). */
    public static boolean brotliAvailable() {
        return BROTLI;
    }

    /** The variants of {@code body}, whose identity ETag (quoted) is {@code etag}. */
    public static CompressedVariants of(byte[] body, String etag) {
        Map<ContentCoding, Variant> variants = new EnumMap<>(ContentCoding.class);
        variants.put(ContentCoding.IDENTITY, new Variant(ContentCoding.IDENTITY, direct(body), etag));
        long compressed = 0;
        compressed += add(variants, ContentCoding.GZIP, gzip(body), body.length, etag);
        if (BROTLI) {
            compressed += add(variants, ContentCoding.BR, brotli(body), body.length, etag);
        }
        return new CompressedVariants(variants, compressed);
    }

    /** The variant to send for an Accept-Encoding header (null header: identity). */
    public Variant select(String acceptEncoding) {
        return variants.get(ContentCoding.negotiate(acceptEncoding, variants.keySet()));
    }

    public Variant get(ContentCoding coding) {
        return variants.get(coding);
    }

    /** Bytes held by the compressed variants (off heap), for the cache's budget. */
    public long compressedBytes() {
        return compressedBytes;
    }

    /** The quoted strong ETag of a coding's variant, derived from the identity one. */
    static String etagOf(String identityEtag, ContentCoding coding) {
        return identityEtag.substring(0, identityEtag.length() - 1) + "-" + coding.token() + "\"";
    }

    private static long add(Map<ContentCoding, Variant> variants, ContentCoding coding, byte[] bytes, int identityLength,
            String etag) {
        if (bytes == null || bytes.length >= identityLength) {
            return 0;
        }
        variants.put(coding, new Variant(coding, direct(bytes), etagOf(etag, coding)));
        return bytes.length;
    }

    private static ByteBuf direct(byte[] bytes) {
        ByteBuf direct = Unpooled.directBuffer(bytes.length, bytes.length).writeBytes(bytes);
        return Unpooled.unreleasableBuffer(direct.asReadOnly());
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] brotli(byte[] body) {
        try {
            int quality = body.length <= BROTLI_BEST_LIMIT ? 11 : 9;
            return Encoder.compress(body, new Encoder.Parameters().setQuality(quality));
        } catch (IOException | RuntimeException e) {
            LOG.debugf("Brotli failed (%s); the representation is kept without it", e.getMessage());
            return null;
        }
    }

    private static boolean loadBrotli() {
        try {
            Brotli4jLoader.ensureAvailability();
            return true;
        } catch (Throwable e) { // UnsatisfiedLinkError on a platform without a bundled library
            LOG.infof("Brotli is not available here (%s): published representations are kept in gzip and identity", e);
            return false;
        }
    }
}
