package org.e2e.db;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;

import org.hibernate.Session;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * What one HTTP request reads through, decided by {@link ReadRouting} at its first read and kept to its end: the
 * primary's session, or a read-only session on a replica connection, which is closed (and the connection returned
 * to the replica's pool) when the request ends.
 */
@RequestScoped
public class ReadSession {

    private final CurrentVertxRequest current;
    private long readAfter;
    private Session session;
    private Connection replicaConnection;

    public ReadSession(CurrentVertxRequest current) {
        this.current = current;
    }

    /**
     * A write, or a read with credentials (editors and publishers see drafts): both stay on the primary, as does
     * work in a request context that is not an HTTP request (scheduled jobs).
     */
    boolean authoring() {
        RoutingContext context = current.getCurrent();
        if (context == null) {
            return true;
        }
        HttpServerRequest request = context.request();
        HttpMethod method = request.method();
        return !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) || request.headers().contains("Authorization");
    }

    /** The WAL position of a write this request must see (its X-E2E-Read-After token), or 0. */
    long readAfter() {
        return readAfter;
    }

    void readAfter(long lsn) {
        readAfter = lsn;
    }

    Session session() {
        return session;
    }

    void use(Session chosen, Connection replica) {
        session = chosen;
        replicaConnection = replica;
    }

    @PreDestroy
    void close() {
        if (replicaConnection != null) {
            try {
                session.close();
                replicaConnection.close();
            } catch (SQLException | RuntimeException e) {
                // a broken replica connection: the pool drops it
            }
        }
    }
}
