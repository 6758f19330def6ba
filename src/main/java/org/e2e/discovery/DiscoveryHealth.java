package org.e2e.discovery;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** DOWN, saying what the index is doing, until the first open, update or build of the search index is done. */
@Readiness
@ApplicationScoped
public class DiscoveryHealth implements HealthCheck {

    private final DiscoveryIndex index;

    public DiscoveryHealth(DiscoveryIndex index) {
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Search index").status(index.ready())
                .withData("state", index.state());
        if (index.ready()) {
            response.withData("generation", index.generation()).withData("startupMillis", index.buildMillis())
                    .withData("bytes", index.sizeInBytes());
        }
        return response.build();
    }
}
