package org.e2e.framework;

import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;

/**
 * The version a read request resolved to, kept for the response filter that announces deprecation
 * ({@link DeprecationHeaders}).
 */
@RequestScoped
public class ServedVersion {

    private VersionStatus status;
    private Instant deprecatedAt;
    private Instant sunsetAt;
    private String successor;

    void set(VersionStatus status, Instant deprecatedAt, Instant sunsetAt, String successor) {
        this.status = status;
        this.deprecatedAt = deprecatedAt;
        this.sunsetAt = sunsetAt;
        this.successor = successor;
    }

    public boolean deprecated() {
        return status == VersionStatus.DEPRECATED;
    }

    public Instant deprecatedAt() {
        return deprecatedAt;
    }

    public Instant sunsetAt() {
        return sunsetAt;
    }

    public String successor() {
        return successor;
    }
}
