package org.e2e.framework;

import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Deterministic ids: name-based UUID version 5 (RFC 9562, SHA-1) in a namespace of this service, from the slug
 * path of a thing. The same content package therefore yields the same ids on every machine, restart and
 * re-import, and the ids are lowercase v5 UUIDs as CASE requires.
 */
public final class NodeIds {

    /** The namespace of every id this service derives. Never change it: every id would change with it. */
    public static final UUID NAMESPACE = UUID.fromString("b7e1a0f2-5d0c-4c59-9a57-0e2f8f6d7c41");

    private NodeIds() {
    }

    public static UUID framework(String fw) {
        return v5("framework/" + fw);
    }

    public static UUID version(String fw, String version) {
        return v5("framework/" + fw + "/version/" + version);
    }

    /** A node id from its slug path, such as {@code layer:roots/element:beliefs/category:trust/action:be-reliable}. */
    public static UUID node(String fw, String slugPath) {
        return v5("framework/" + fw + "/node/" + slugPath);
    }

    public static UUID v5(String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(toBytes(NAMESPACE));
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] &= 0x0f;
            hash[6] |= 0x50; // version 5
            hash[8] &= 0x3f;
            hash[8] |= (byte) 0x80; // IETF variant
            ByteBuffer buffer = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(buffer.getLong(), buffer.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] toBytes(UUID uuid) {
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits()).array();
    }
}
