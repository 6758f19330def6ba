package org.e2e.db;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the read replica in readiness without ever making it DOWN: when the replica fails, reads fall back to
 * the primary, so the instance stays ready. (The replica's datasource is excluded from the datasource check.)
 */
@Readiness
@ApplicationScoped
public class ReplicaHealth implements HealthCheck {

    private final ReadRouting routing;

    public ReplicaHealth(ReadRouting routing) {
        this.routing = routing;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Read replica").up();
        if (!routing.configured()) {
            return response.withData("reads", "primary: no replica is configured").build();
        }
        Long replayed = routing.replicaPosition();
        return (replayed == null ? response.withData("reads", "primary: the replica does not answer")
                : response.withData("reads", "replica").withData("replayed", Lsn.format(replayed))).build();
    }
}
