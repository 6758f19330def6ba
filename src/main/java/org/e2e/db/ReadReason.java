package org.e2e.db;

import java.util.function.Supplier;
/**
 * Why a request's database reads went where they went: the {@code reason} tag of {@code e2e_read_route_total}; the
 * {@code target} tag follows from it.
 */
public enum ReadReason {
    /** The replica has replayed every write this request must see. */
    CAUGHT_UP("caught-up", true),
    /** No replica is configured. */
    NO_REPLICA("no-replica", false),
    /** A write, or a read with credentials (editors see drafts): authoring stays on the primary. */
    AUTHORING("authoring", false),
    /** The request carries the token of a write that the replica has not replayed yet. */
    READ_AFTER("read-after", false),
    /** A publish this instance heard of (its own or through NOTIFY) is not replayed on the replica yet. */
    PUBLISH_LAG("publish-lag", false),
    /** The replica did not answer; it is tried again after e2e.replica.retry-after. */
    REPLICA_DOWN("replica-down", false);

    private final String tag;
    private final boolean replica;

    ReadReason(String tag, boolean replica) {
        this.tag = tag;
        this.replica = replica;
    }

    public String tag() {
        return tag;
    }

    public boolean replica() {
        return replica;
    }

    public String target() {
        return replica ? "replica" : "primary";
    }

    /**
     * Where a read goes, given what the request needs and what the replica has replayed. {@code replayed} is only
     * consulted once the cheaper reasons are ruled out; it is {@code null} when the replica did not answer.
     */
    public static ReadReason decide(boolean configured, boolean authoring, long readAfter, long publishedUpTo,
            Supplier<Long> replayed) {
        if (!configured) {
            return NO_REPLICA;
        }
        if (authoring) {
            return AUTHORING;
        }
        Long replay = replayed.get();
        if (replay == null) {
            return REPLICA_DOWN;
        }
        // Positions are unsigned 64-bit values (a token may name one beyond any the server has written).
        if (Long.compareUnsigned(readAfter, replay) > 0) {
            return READ_AFTER;
        }
        return Long.compareUnsigned(publishedUpTo, replay) > 0 ? PUBLISH_LAG : CAUGHT_UP;
    }
}
