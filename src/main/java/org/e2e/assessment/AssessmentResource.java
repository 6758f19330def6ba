package org.e2e.assessment;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.e2e.config.ServiceConfig;
import org.e2e.problem.JsonPointers;
import org.e2e.problem.ProblemException;
import org.e2e.resource.ResourceMapper;
import org.e2e.web.CsvTable;
import org.e2e.web.JsonBodies;
import org.e2e.web.JsonRepresentation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** HTTP only: a rubric as a self-assessment instrument, and assessments computed from ratings (nothing is stored). */
@Path(ResourceMapper.RESOURCES + "/{slug}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Self-assessment")
public class AssessmentResource {

    private static final String SLUG = "Slug of a rubric resource.";
    static final String CSV_EXAMPLE = "criterion,rating,next level,rank,next step,kind,link\r\n\"Cultivating Staff "
            + "Relationships\",\"Level 1 of 3\",\"Level 2\",1,\"How to build a teacher alliance\",\"resource\","
            + "\"http://localhost:8080/view/resources/how-to-build-a-teacher-alliance\"\r\n";

    private final AssessmentService assessments;
    private final JsonRepresentation json;
    private final JsonBodies bodies;
    private final ServiceConfig config;

    public AssessmentResource(AssessmentService assessments, JsonRepresentation json, JsonBodies bodies,
            ServiceConfig config) {
        this.assessments = assessments;
        this.json = json;
        this.bodies = bodies;
        this.config = config;
    }

    @GET
    @Path("rubric")
    @Operation(operationId = "getRubricInstrument", summary = "Get a rubric as a self-assessment instrument",
            description = "The rubric's criteria and levels, verbatim, each with the framework nodes (and their recommended "
                    + "actions) and the library resources that support it, resolved in the latest published framework "
                    + "versions. The resource's revision says which published text was read.")
    @APIResponse(responseCode = "200", description = "The instrument.", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RubricInstrument.class),
                    examples = @ExampleObject(name = "staff-relationships", ref = "RubricInstrument")))
    @APIResponse(responseCode = "422", ref = "NotARubric")
    public Response instrument(@Context Request request,
            @Parameter(description = SLUG, example = "staff-relationships-and-collaboration") @PathParam("slug") String slug) {
        return json.ok(request, assessments.instrument(slug)).build();
    }

    @POST
    @Path("assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assessWithRubric", summary = "Compute a self-assessment",
            description = "Rate some or all criteria with a level (1 = least developed). The answer shows, per criterion, "
                    + "the chosen level, the next level as the growth target (or that the criterion is at the top level), "
                    + "and the recommended actions and resources that support it, plus one ranked list of next steps "
                    + "(lowest-rated criteria first). It is a pure computation: nothing is stored and no account is "
                    + "needed; the same ratings always give the same bytes and ETag until the resource or framework is "
                    + "published again. `links.self` is the same result as a shareable GET URL (also sent as "
                    + "Content-Location).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssessmentRequest.class),
            examples = @ExampleObject(name = "two-criteria", ref = "AssessmentRequest")))
    @APIResponse(responseCode = "200", description = "The result.",
            headers = { @Header(ref = "ETag"), @Header(name = "Content-Location", description = "The shareable GET URL of this result.",
                    schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentResult.class),
                    examples = @ExampleObject(name = "two-criteria", ref = "AssessmentResult")))
    @APIResponse(responseCode = "400", ref = "InvalidAssessmentBody")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "InvalidRatings")
    public Response assess(
            @Parameter(description = SLUG, example = "staff-relationships-and-collaboration") @PathParam("slug") String slug,
            byte[] body) throws IOException {
        AssessmentResult result = assessments.assess(slug, ratingsOf(body), AssessmentService.Source.BODY);
        JsonRepresentation.Encoded encoded = json.encode(result);
        return Response.ok(encoded.body(), MediaType.APPLICATION_JSON_TYPE).tag(encoded.etag())
                .contentLocation(URI.create(result.links().self())).build();
    }

    @GET
    @Path("assessment")
    @Produces({ MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE })
    @Operation(operationId = "getAssessment", summary = "Get a self-assessment by its shareable URL",
            description = "The same result as POST, with the ratings as query parameters named by criterion slug, e.g. "
                    + "`?cultivating-staff-relationships=1&supporting-staff-trust-and-belonging=2`. An empty value means "
                    + "not rated. Cacheable: the ETag changes only when the resource or a framework is published again. "
                    + "With `Accept: text/csv` the result is a spreadsheet for planning (RFC 4180, UTF-8 with a "
                    + "byte-order mark, a header row; per rated criterion one row per next step that serves it: "
                    + "criterion, rating, next level, rank, next step, kind, link). Cells that a spreadsheet would "
                    + "read as a formula start with `'`.")
    @APIResponse(responseCode = "200", description = "The result.", headers = @Header(ref = "ETag"),
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentResult.class),
                    examples = @ExampleObject(name = "two-criteria", ref = "AssessmentResult")),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "one-criterion", value = CSV_EXAMPLE)) })
    @APIResponse(responseCode = "400", ref = "InvalidRatingParameters")
    @APIResponse(responseCode = "422", ref = "NotARubric")
    @Parameter(name = "ratings", in = ParameterIn.QUERY, style = ParameterStyle.FORM, explode = Explode.TRUE,
            description = "One parameter per rated criterion: its slug = a level (1 to 3); an empty value is not rated. At most "
                    + RatingsQuery.MAX_RATINGS + " parameters (more is a 400).",
            schema = @Schema(type = SchemaType.OBJECT, additionalProperties = Integer.class, maxProperties = RatingsQuery.MAX_RATINGS),
            example = "{\"cultivating-staff-relationships\": 1, \"supporting-staff-trust-and-belonging\": 2}")
    public Response shared(@Context Request request, @Context UriInfo uri,
            @Parameter(description = SLUG, example = "staff-relationships-and-collaboration") @PathParam("slug") String slug) {
        AssessmentResult result = assessments.assess(slug, RatingsQuery.parse(uri.getQueryParameters()), AssessmentService.Source.QUERY);
        if (CsvTable.wanted(request)) {
            return AssessmentCsv.of(result, config.publicBaseUrl().replaceAll("/+$", "")).ok(json, request, slug + "-assessment.csv")
                    .build();
        }
        return json.ok(request, result).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    private Map<String, Integer> ratingsOf(byte[] body) throws IOException {
        AssessmentRequest request = bodies.read(body, AssessmentRequest.class);
        if (request.ratings() == null) {
            throw ProblemException.invalidBody("/ratings", "is required: an object of criterion slug to level");
        }
        for (Map.Entry<String, Integer> e : request.ratings().entrySet()) {
            if (e.getValue() == null) {
                throw ProblemException.invalidBody("/ratings/" + JsonPointers.escape(e.getKey()), "must be an integer level");
            }
        }
        return request.ratings();
    }

    /** The body of a POST: the chosen level per criterion. */
    @Schema(name = "AssessmentRequest", description = "Ratings: criterion slug → level (1 = least developed). Rate all criteria or some; at least one.")
    public record AssessmentRequest(
            @Schema(description = "Criterion slug → level; at most " + RatingsQuery.MAX_RATINGS + " criteria.", required = true,
                    maxProperties = RatingsQuery.MAX_RATINGS,
                    examples = "{\"cultivating-staff-relationships\": 1, \"supporting-staff-trust-and-belonging\": 2}")
            Map<String, Integer> ratings) {
    }
}
