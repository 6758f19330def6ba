package org.e2e.embed;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.e2e.assessment.AssessmentService;
import org.e2e.assessment.RatingsQuery;
import org.e2e.config.ServiceConfig;
import org.e2e.framework.FrameworkTreeService;
import org.e2e.problem.InvalidParameterException;
import org.e2e.problem.NotImplementedException;
import org.e2e.problem.ProblemException;
import org.e2e.resource.ResourceCatalogService;
import org.e2e.resource.ResourceView;
import org.e2e.web.JsonRepresentation;
import org.e2e.web.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: oEmbed 1.0 for the embed cards, so a portal's CMS can embed a resource from its URL alone. */
@Path("/oembed")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Embeds")
public class OEmbedResource {

    static final int DEFAULT_WIDTH = 480;
    private static final Pattern RESOURCE = Pattern.compile("/(?:embed|view|api/v1)/resources/([a-z0-9]+(?:-[a-z0-9]+)*)/?");
    private static final Pattern ASSESSMENT = Pattern.compile("/(?:embed|view)/resources/([a-z0-9]+(?:-[a-z0-9]+)*)/assessment/?");
    private static final Pattern DIAGRAM = Pattern.compile("/(?:embed|view|api/v1)/frameworks/([a-z0-9]+(?:-[a-z0-9]+)*)/diagram/?");
    private static final Pattern LIBRARY = Pattern.compile("/(?:embed|view)/library/?");
    private static final Pattern ELEMENT = Pattern.compile(
            "/(?:embed|view|api/v1)/frameworks/([a-z0-9]+(?:-[a-z0-9]+)*)/elements/([a-z0-9]+(?:-[a-z0-9]+)*)/?");

    private final ResourceCatalogService resources;
    private final FrameworkTreeService frameworks;
    private final ServiceConfig config;
    private final JsonRepresentation json;
    private final AssessmentService assessments;
    private final CardHeights heights;

    public OEmbedResource(ResourceCatalogService resources, FrameworkTreeService frameworks, ServiceConfig config,
            JsonRepresentation json, AssessmentService assessments, CardHeights heights) {
        this.assessments = assessments;
        this.heights = heights;
        this.resources = resources;
        this.frameworks = frameworks;
        this.config = config;
        this.json = json;
    }

    @GET
    @Operation(operationId = "oembed", summary = "oEmbed for a resource, element, the framework picture or the library",
            description = "oEmbed 1.0 (rich type) for the URL of a resource or framework element of this service (its "
                    + "embed card, view page or API URL), of a framework's picture (/embed, /view or "
                    + "/api/v1/frameworks/{framework}/diagram), of a rubric's self-assessment card (the URL of a self-assessment of a resource that is not a rubric is a 422), "
                    + "or of the library page (embed or view, with its query: the iframe shows the library as the URL does; "
                    + "invalid library parameters are a 400). `html` is an iframe of the card sized within maxwidth and "
                    + "maxheight: without maxwidth it is 480 px wide at most (`max-width:100%`) and as tall as the card "
                    + "measures at 320 px, the narrowest supported column, so it shows the whole card in any column; with "
                    + "maxwidth, as tall as the card measures at that width. A self-assessment URL keeps its ratings (the "
                    + "result card grows; the host script resizes it). Only JSON is implemented: format=xml answers 501.")
    @APIResponse(responseCode = "200", description = "The oEmbed response.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OEmbedResponse.class),
                    examples = @ExampleObject(name = "teacher-alliance", ref = "OEmbed")))
    @APIResponse(responseCode = "422", ref = "NotARubric")
    @APIResponse(responseCode = "501", description = "The format is not implemented (xml).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "xml", ref = "OEmbedXml")))
    public Response oembed(@Context Request request,
            @Parameter(description = "URL of a resource, element, framework picture or self-assessment of this service.", required = true,
                    example = "http://localhost:8080/embed/resources/how-to-build-a-teacher-alliance") @QueryParam("url") String url,
            @Parameter(description = "Largest width the consumer can show, in pixels.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10000")) @QueryParam("maxwidth") String maxwidth,
            @Parameter(description = "Largest height the consumer can show, in pixels.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10000")) @QueryParam("maxheight") String maxheight,
            @Parameter(description = "Response format: json (default) or xml (not implemented: 501).",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "json", "xml" }, defaultValue = "json"))
            @QueryParam("format") String format) {
        if ("xml".equals(format)) {
            throw new NotImplementedException("This provider answers oEmbed in JSON only; ask with format=json.");
        }
        if (format != null && !format.isEmpty() && !"json".equals(format)) {
            throw ProblemException.invalidParameter("format", "must be json or xml");
        }
        String target = QueryParameters.text("url", url, 2000);
        if (target == null) {
            throw ProblemException.invalidParameter("url", "is required");
        }
        int maxWidth = QueryParameters.intInRange("maxwidth", maxwidth, 10_000, 1, 10_000);
        int maxHeight = QueryParameters.intInRange("maxheight", maxheight, 10_000, 1, 10_000);
        // Without maxwidth the consumer's column is unknown: the snippet is 480 wide at most (max-width:100%) and as
        // tall as the card is in the narrowest supported column (320 px; or wider, where a card grows with the
        // width), so it shows the whole card in any column.
        boolean anyColumn = maxwidth == null || maxwidth.isEmpty();
        return json.ok(request, describe(target, maxWidth, anyColumn, maxHeight)).build();
    }

    private OEmbedResponse describe(String url, int maxWidth, boolean anyColumn, int maxHeight) {
        String base = config.publicBaseUrl().replaceAll("/+$", "");
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ProblemException.invalidParameter("url", "must be an absolute URL");
        }
        if (!uri.isAbsolute() || uri.getRawPath() == null || !url.startsWith(base + "/")) {
            throw ProblemException.notFound("This provider has nothing at " + url + "; it embeds URLs under " + base + "/.");
        }
        String themeValue = queryValue(uri, "theme");
        String theme = "dark".equals(themeValue) || "light".equals(themeValue) ? "?theme=" + themeValue : "";
        Matcher resource = RESOURCE.matcher(uri.getRawPath());
        Matcher assessment = ASSESSMENT.matcher(uri.getRawPath());
        Matcher element = ELEMENT.matcher(uri.getRawPath());
        Matcher diagram = DIAGRAM.matcher(uri.getRawPath());
        int width = Math.min(DEFAULT_WIDTH, maxWidth);
        if (resource.matches()) {
            ResourceView r = resources.get(resource.group(1));
            String card = "resources/" + r.slug();
            return response(r.title(), r.author(), base, base + "/embed/" + card + theme, width, height(card, anyColumn ? 0 : width, maxHeight));
        }
        if (assessment.matches()) {
            var instrument = assessments.instrument(assessment.group(1));
            String card = "resources/" + instrument.resource().slug() + "/assessment";
            // A result's URL keeps its ratings (checked against the rubric); the card grows by the result, which the
            // host script's resize covers.
            String ratings = ratingsQuery(instrument.resource().slug(), uri, themeValue);
            return response("Self-assessment: " + instrument.resource().title(), null, base,
                    base + "/embed/" + card + (ratings.isEmpty() ? theme : ratings), width, height(card, anyColumn ? 0 : width, maxHeight));
        }
        if (element.matches()) {
            var e = frameworks.element(element.group(1), null, element.group(2));
            String card = "frameworks/" + e.framework() + "/elements/" + e.element().slug();
            return response(e.element().title(), null, base, base + "/embed/" + card + theme, width, height(card, anyColumn ? 0 : width, maxHeight));
        }
        if (diagram.matches()) {
            var tree = frameworks.snapshot(diagram.group(1), null).tree();
            String card = "frameworks/" + tree.slug() + "/diagram";
            return response(tree.title(), null, base, base + "/embed/" + card + theme, width, height(card, anyColumn ? 0 : width, maxHeight));
        }
        if (LIBRARY.matcher(uri.getRawPath()).matches()) {
            // The library as the URL shows it: its query (filters, presets, search, theme) is kept, re-encoded.
            LibraryState state = LibraryState.parse(parameters(uri));
            String title = state.q() == null ? "Resource library" : "“" + state.q() + "” · Resource library";
            return response(title, null, base, base + "/embed/library" + state.queryString(), width,
                    height("library", anyColumn ? 0 : width, maxHeight));
        }
        throw ProblemException.notFound("This provider has nothing to embed at " + url + ".");
    }

    /** {@code width} 0: a column of unknown width. */
    private int height(String card, int width, int maxHeight) {
        return Math.min(width == 0 ? heights.anyColumn(card) : heights.height(card, width), maxHeight);
    }

    private OEmbedResponse response(String title, String author, String base, String src, int width, int height) {
        String html = "<iframe src=\"" + attribute(src) + "\" width=\"" + width + "\" height=\"" + height + "\" title=\""
                + attribute(title) + "\" style=\"border:0;max-width:100%\" loading=\"lazy\" data-e2e-embed></iframe>";
        return new OEmbedResponse("rich", "1.0", title, author, EmbedPage.PROVIDER, base,
                config.embed().oembedCacheAge(), html, width, height);
    }

    /** The ratings of a self-assessment URL (and its theme) as the card's query, or "" when it has none. */
    private String ratingsQuery(String slug, URI uri, String themeValue) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                if (!name.equals("theme") && !name.equals("format")) {
                    query.add(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        String self;
        try {
            Map<String, Integer> ratings = RatingsQuery.parse(query);
            if (ratings.isEmpty()) {
                return "";
            }
            self = assessments.assess(slug, ratings, AssessmentService.Source.QUERY).links().self();
        } catch (InvalidParameterException e) {
            throw ProblemException.invalidParameter("url", "holds ratings the rubric does not have: " + e.getMessage());
        }
        String ratingsPart = self.substring(self.indexOf('?'));
        return "dark".equals(themeValue) || "light".equals(themeValue) ? ratingsPart + "&theme=" + themeValue : ratingsPart;
    }

    /** The query parameters of a URL, decoded as a form sends them. */
    private static Map<String, List<String>> parameters(URI uri) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (uri.getRawQuery() == null) {
            return parameters;
        }
        try {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter("url", "has a query that is not URL-encoded");
        }
        return parameters;
    }

    private static String queryValue(URI uri, String name) {
        String query = uri.getQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
