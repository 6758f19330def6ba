package org.e2e.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.e2e.auth.Roles;
import org.e2e.problem.ProblemException;
import org.e2e.web.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: the audit log, for publishers. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    private final AuditService service;

    public AuditResource(AuditService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Roles.PUBLISHER)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "listAuditEntries", summary = "Read the audit log",
            description = "Every recorded write, oldest first: who (the JWT subject), what, when, and the state before "
                    + "and after. Needs the publisher role.")
    @APIResponse(responseCode = "200", description = "The matching entries.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntry.class),
            examples = @ExampleObject(name = "edit", ref = "AuditList")))
    public List<AuditEntry> list(
            @Parameter(description = "Only writes to this framework (slug).", example = "e2e-relationships") @QueryParam("fw") String fw,
            @Parameter(description = "Only writes to this resource (slug).", example = "how-to-build-a-teacher-alliance")
            @QueryParam("resource") String resource,
            @Parameter(description = "Only writes at or after this instant (RFC 3339).", example = "2026-11-23T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("since") String since,
            @Parameter(description = "Most entries to return, 1 to 1000.", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "1000", defaultValue = "100")) @QueryParam("limit") String limit) {
        Instant from = null;
        if (since != null && !since.isEmpty()) {
            try {
                from = Instant.parse(since);
            } catch (DateTimeParseException e) {
                throw ProblemException.invalidParameter("since", "must be an RFC 3339 instant such as 2026-11-23T00:00:00Z");
            }
        }
        return service.search(QueryParameters.slug("fw", fw), QueryParameters.slug("resource", resource), from, QueryParameters.intInRange("limit", limit, 100, 1, 1000));
    }
}
