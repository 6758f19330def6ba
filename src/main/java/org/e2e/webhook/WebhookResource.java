package org.e2e.webhook;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.e2e.auth.Roles;
import org.e2e.problem.ProblemException;
import org.e2e.web.JsonBodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: webhook subscriptions and their delivery log, for publishers. */
@Path(WebhookService.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@RolesAllowed(Roles.PUBLISHER)
@SecurityRequirement(name = "bearer")
public class WebhookResource {

    private static final String ID = "Subscription id.";
    private final WebhookService service;

    private final JsonBodies bodies;

    public WebhookResource(WebhookService service, JsonBodies bodies) {
        this.bodies = bodies;
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "400", ref = "InvalidBody")
    @Operation(operationId = "createWebhook", summary = "Register a subscriber",
            description = "The URL receives a signed POST when a version is published or deprecated. The answer carries "
                    + "the HMAC secret, once. Needs the publisher role. Webhooks only reach public addresses: a URL whose "
                    + "host is or resolves to a loopback, link-local (cloud metadata), private, shared, unique-local, "
                    + "multicast, unspecified, broadcast or reserved address, that carries credentials or is not http(s) is "
                    + "a 422 naming `/url`, unless e2e.webhooks.allowed-targets lists it. Every delivery checks the "
                    + "resolved address again and connects to that address; a refused delivery is logged and not retried; "
                    + "redirects are not followed.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookRequest.class), examples = @ExampleObject(name = "planner", ref = "WebhookRequest")))
    @APIResponse(responseCode = "201", description = "The subscription, with its secret.", headers = @Header(ref = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class),
                    examples = @ExampleObject(name = "planner", ref = "WebhookCreated")))
    @APIResponse(responseCode = "422", ref = "InvalidWebhook")
    public Response create(byte[] body) throws IOException {
        WebhookView view = service.create(bodies.read(body, WebhookRequest.class));
        return Response.created(URI.create(view.self())).entity(view).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List subscribers", description = "Every subscription, oldest first, without secrets.")
    @APIResponse(responseCode = "200", description = "The subscriptions.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = WebhookView.class), examples = @ExampleObject(name = "one", ref = "WebhookList")))
    public List<WebhookView> list() {
        return service.list();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWebhook", summary = "Get a subscriber", description = "One subscription, without its secret.")
    @APIResponse(responseCode = "200", description = "The subscription.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookView.class), examples = @ExampleObject(name = "planner", ref = "Webhook")))
    public WebhookView get(@Parameter(description = ID, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return service.get(id(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWebhook", summary = "Remove a subscriber",
            description = "Removes the subscription and its pending events; answers with what was removed.")
    @APIResponse(responseCode = "200", description = "The removed subscription.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookView.class), examples = @ExampleObject(name = "planner", ref = "Webhook")))
    public WebhookView delete(@Parameter(description = ID, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return service.delete(id(id));
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "Read a subscriber's delivery log",
            description = "Every event for the subscriber with its state (pending, delivered, failed) and every attempt.")
    @APIResponse(responseCode = "200", description = "The events and attempts.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = WebhookEventView.class),
            examples = @ExampleObject(name = "retried", ref = "WebhookDeliveries")))
    public List<WebhookEventView> deliveries(@Parameter(description = ID, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return service.deliveries(id(id));
    }

    private static UUID id(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("There is no webhook subscription '" + id + "'.");
        }
    }
}
