package org.e2e.embed;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.e2e.assessment.AssessmentResult;
import org.e2e.assessment.AssessmentService;
import org.e2e.assessment.RatingsQuery;
import org.e2e.assessment.RubricInstrument;
import org.e2e.problem.InvalidParameterException;
import org.e2e.web.JsonRepresentation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * HTTP only: the rubric self-assessment as an embeddable card and a printable page. The card is a GET form that
 * works without JavaScript (it submits to itself and the page shows the result); with JavaScript its script fetches
 * the same page when the button is pressed and renders its result into the page's live region, then moves focus to
 * the result's heading.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Embeds")
public class AssessmentEmbedResource {

    static final String EXAMPLE = "<!DOCTYPE html><html lang=\"en\" data-theme=\"auto\"><head><title>Self-assessment: Staff "
            + "Relationships and Collaboration</title>…</head><body><main id=\"content\"><article class=\"card\"><h1 "
            + "id=\"assessment-title\">Where does your school stand?</h1><form id=\"assessment\" method=\"get\" action=\"…\">"
            + "<fieldset><legend>Cultivating Staff Relationships</legend>…</fieldset>…<button type=\"submit\">Show next "
            + "steps</button></form><section id=\"result\" aria-live=\"polite\">…</section></article></main>…</body></html>";
    private static final String RATINGS = "Ratings as on GET /api/v1/resources/{slug}/assessment: one parameter per criterion "
            + "slug with a level; an empty value is not rated.";

    private final AssessmentService assessments;
    private final EmbedResource pages;
    private final EmbedAssets assets;
    private final Template template;

    public AssessmentEmbedResource(AssessmentService assessments, EmbedResource pages, EmbedAssets assets,
            @Location("embed/assessment.html") Template template) {
        this.assessments = assessments;
        this.pages = pages;
        this.assets = assets;
        this.template = template;
    }

    @GET
    @Path("embed/resources/{slug}/assessment")
    @Operation(operationId = "embedAssessment", summary = "Embeddable self-assessment card",
            description = "An accessible GET form (a fieldset of radio buttons per criterion, each level's text behind a "
                    + "disclosure) that works without JavaScript: it submits to itself and the card then shows the "
                    + "result. With JavaScript the result updates on every change. Posts its height like the other cards; "
                    + "the same CSP and frame-ancestors apply. Choosing nothing answers 400 with the form and a message.")
    @APIResponse(responseCode = "200", description = "The card (with the result when ratings are given).",
            headers = @Header(ref = "ContentSecurityPolicy"), content = @Content(mediaType = MediaType.TEXT_HTML,
                    schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "card", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "InvalidRatingParameters")
    @APIResponse(responseCode = "422", ref = "NotARubric")
    public Response embed(@Context Request request, @Context UriInfo uri,
            @Parameter(description = "Slug of a rubric resource.", example = "staff-relationships-and-collaboration") @PathParam("slug") String slug,
            @Parameter(description = EmbedResource.THEME, schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "light", "dark", "auto" }, defaultValue = "auto")) @QueryParam("theme") String theme) {
        return page(request, uri, slug, theme, false);
    }

    @GET
    @Path("view/resources/{slug}/assessment")
    @Operation(operationId = "viewAssessment", summary = "Printable self-assessment page",
            description = "The self-assessment as a full page with a print stylesheet: the form, and with ratings the "
                    + "result (chosen and next levels, verbatim, and the ranked next steps). Its URL is the shareable "
                    + "link to a result. " + RATINGS)
    @APIResponse(responseCode = "200", description = "The page.", headers = @Header(ref = "ContentSecurityPolicy"),
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "page", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "InvalidRatingParameters")
    @APIResponse(responseCode = "422", ref = "NotARubric")
    public Response view(@Context Request request, @Context UriInfo uri,
            @Parameter(description = "Slug of a rubric resource.", example = "staff-relationships-and-collaboration") @PathParam("slug") String slug,
            @Parameter(description = EmbedResource.THEME, schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "light", "dark", "auto" }, defaultValue = "auto")) @QueryParam("theme") String theme) {
        return page(request, uri, slug, theme, true);
    }

    private Response page(Request request, UriInfo uri, String slug, String theme, boolean full) {
        String chosen = EmbedResource.theme(theme);
        RubricInstrument instrument = assessments.instrument(slug);
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>(uri.getQueryParameters());
        query.remove("theme");
        boolean submitted = !query.isEmpty();
        AssessmentResult result = null;
        String error = null;
        try {
            Map<String, Integer> ratings = RatingsQuery.parse(query);
            if (!ratings.isEmpty()) {
                result = assessments.assess(slug, ratings, AssessmentService.Source.QUERY);
            } else if (submitted) {
                error = "Choose a level for at least one criterion, then show the next steps.";
            }
        } catch (InvalidParameterException e) {
            // A shared link whose ratings no longer fit the rubric: say so in the card, in words, and offer a blank form.
            error = "This link’s ratings do not fit the form: " + e.getMessage() + " Choose the levels again.";
        }
        String ratingsQuery = result == null ? "" : result.links().self().substring(result.links().self().indexOf('?'));
        String path = "/resources/" + slug + "/assessment";
        EmbedPage page = pages.page(chosen, full, "Self-assessment: " + instrument.resource().title(), path, ratingsQuery,
                null, assets.formJs());
        // Root-relative: the form submits to the page it is on, whatever host name the reader reached it by; the
        // browser then lands on the result (without JavaScript the page reloads).
        String formAction = (full ? "/view" : "/embed") + path;
        String html = template.data("page", page).data("instrument", instrument).data("result", result)
                .data("ratings", result == null ? new LinkedHashMap<String, Integer>() : result.ratings())
                .data("formAction", formAction).data("blankForm", formAction + (chosen.equals(EmbedResource.DEFAULT_THEME) ? ""
                        : "?theme=" + chosen)).data("error", error).render();
        Response ok = pages.html(request, html);
        return error == null ? ok : Response.fromResponse(ok).status(400).build();
    }
}
