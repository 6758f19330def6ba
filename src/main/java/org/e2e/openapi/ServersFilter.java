package org.e2e.openapi;

import java.util.List;

import org.e2e.config.ServiceConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.config.SmallRyeConfig;

/**
 * The document's one server is the service's public URL ({@code e2e.public-base-url}), read at startup, so a client
 * generated from the served document (or from the snapshot, which the test profile pins to
 * {@code https://e2e.example.test}) calls the service rather than {@code http://localhost}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ServersFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        String base = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(ServiceConfig.class)
                .publicBaseUrl();
        openAPI.setServers(List.of(OASFactory.createServer()
                .url(base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                .description("This service, at its public URL (configuration key e2e.public-base-url).")));
    }
}
