package org.e2e.db;

/**
 * PostgreSQL write-ahead-log positions ({@code pg_lsn}), as the service compares them: a 64-bit byte position,
 * written {@code X/Y} (two hexadecimal halves, as PostgreSQL prints them). Positions only grow, so "has the replica
 * replayed this write" is a comparison of two longs.
 */
public final class Lsn {

    private Lsn() {
    }

    /** The position of {@code X/Y}; an IllegalArgumentException when the text is not one. */
    public static long parse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash < 1 || slash > 8 || text.length() - slash - 1 < 1 || text.length() - slash - 1 > 8) {
            throw new IllegalArgumentException("not a WAL position");
        }
        for (int i = 0; i < text.length(); i++) {
            if (i != slash && Character.digit(text.charAt(i), 16) < 0) {
                throw new IllegalArgumentException("not a WAL position");
            }
        }
        try {
            long high = Long.parseLong(text, 0, slash, 16);
            long low = Long.parseLong(text, slash + 1, text.length(), 16);
            return high << 32 | low;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a WAL position", e);
        }
    }

    /** {@code X/Y}, as PostgreSQL prints a pg_lsn. */
    public static String format(long lsn) {
        return Long.toHexString(lsn >>> 32).toUpperCase() + "/" + Long.toHexString(lsn & 0xFFFFFFFFL).toUpperCase();
    }
}
