package org.e2e.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The routing rule and the WAL positions it compares, without a server. */
class ReadReasonTest {

    @Test
    void positionsReadAndPrintAsPostgreSqlDoes() {
        assertEquals(0x1_6B374D48L, Lsn.parse("1/6B374D48"));
        assertEquals("1/6B374D48", Lsn.format(0x1_6B374D48L));
        assertEquals("0/0", Lsn.format(0));
        assertEquals("FFFFFFFF/FFFFFFFF", Lsn.format(Lsn.parse("ffffffff/ffffffff")));
        for (String bad : new String[] { "", "/1", "1/", "1/2/3", "G/0", "123456789/0", "0/123456789", "-1/0", "yesterday" }) {
            assertThrows(IllegalArgumentException.class, () -> Lsn.parse(bad), bad);
        }
    }

    @Test
    void eachReasonInItsOrder() {
        assertEquals(ReadReason.NO_REPLICA, ReadReason.decide(false, false, 0, 0, () -> 10L));
        assertEquals(ReadReason.AUTHORING, ReadReason.decide(true, true, 0, 0, () -> 10L));
        assertEquals(ReadReason.REPLICA_DOWN, ReadReason.decide(true, false, 0, 0, () -> null));
        assertEquals(ReadReason.READ_AFTER, ReadReason.decide(true, false, 11, 0, () -> 10L));
        assertEquals(ReadReason.READ_AFTER, ReadReason.decide(true, false, Lsn.parse("FFFFFFFF/0"), 0, () -> 10L),
                "a token beyond any position is ahead, not negative");
        assertEquals(ReadReason.PUBLISH_LAG, ReadReason.decide(true, false, 10, 11, () -> 10L));
        assertEquals(ReadReason.CAUGHT_UP, ReadReason.decide(true, false, 10, 10, () -> 10L));
        assertEquals("replica", ReadReason.CAUGHT_UP.target());
        assertEquals("primary", ReadReason.PUBLISH_LAG.target());
    }

    @Test
    void theReplicaIsOnlyAskedWhenItMayServe() {
        AtomicInteger asked = new AtomicInteger();
        ReadReason.decide(false, false, 0, 0, () -> (long) asked.incrementAndGet());
        ReadReason.decide(true, true, 0, 0, () -> (long) asked.incrementAndGet());
        assertEquals(0, asked.get());
        ReadReason.decide(true, false, 0, 0, () -> (long) asked.incrementAndGet());
        assertEquals(1, asked.get());
    }
}
