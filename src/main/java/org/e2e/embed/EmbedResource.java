package org.e2e.embed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.e2e.config.ServiceConfig;
import org.e2e.framework.ElementResponse;
import org.e2e.framework.FrameworkTreeService;
import org.e2e.problem.ProblemException;
import org.e2e.resource.ResourceCatalogService;
import org.e2e.resource.ResourceView;
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
 * HTTP only: self-contained HTML cards for district portals to frame, and the full views they link to. Every
 * page is escaped by Qute, carries its oEmbed discovery link, posts its height to the host page, and may be
 * framed only by the configured portal origins.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Embeds")
public class EmbedResource {

    static final String CARD_EXAMPLE = "<!DOCTYPE html><html lang=\"en\" data-theme=\"light\"><head><title>How to build a "
            + "teacher alliance</title><link rel=\"alternate\" type=\"application/json+oembed\" href=\"…/oembed?url=…\">"
            + "…</head><body><section id=\"content\" class=\"embed\" aria-label=\"How to build a teacher alliance\"><article class=\"card\"><h1 id=\"resource-title\">How to build a teacher "
            + "alliance</h1>…<a class=\"more\" href=\"…/view/resources/how-to-build-a-teacher-alliance\">View full "
            + "resource</a></article>…</section><script>…</script></body></html>";

    /** Follows the reader's prefers-color-scheme. */
    static final String DEFAULT_THEME = "auto";
    /** The view pages' home: the toolkit, which presents the whole framework. */
    static final String HOME = "educator-to-educator-relationships-toolkit";

    private static final MediaType HTML = MediaType.valueOf("text/html;charset=UTF-8");

    static final String THEME = "Colour theme: light, dark, or auto (the default), which follows the reader's prefers-color-scheme.";

    private final ResourceCatalogService resources;
    private final FrameworkTreeService frameworks;
    private final EmbedAssets assets;
    private final ServiceConfig config;
    private final JsonRepresentation json;
    private final Template resourceTemplate;
    private final Template elementTemplate;

    public EmbedResource(ResourceCatalogService resources, FrameworkTreeService frameworks, EmbedAssets assets,
            ServiceConfig config, JsonRepresentation json, @Location("embed/resource.html") Template resourceTemplate,
            @Location("embed/element.html") Template elementTemplate) {
        this.resources = resources;
        this.frameworks = frameworks;
        this.assets = assets;
        this.config = config;
        this.json = json;
        this.resourceTemplate = resourceTemplate;
        this.elementTemplate = elementTemplate;
    }

    @GET
    @Path("embed/resources/{slug}")
    @Operation(operationId = "embedResource", summary = "Embeddable resource card",
            description = "A self-contained, accessible HTML card of a resource (no external assets) for a portal to "
                    + "show in an iframe. It posts its height to the host page (message type `e2e-embed:resize`) and "
                    + "links to the full view. Only the configured portal origins may frame it (CSP frame-ancestors).")
    @APIResponse(responseCode = "200", description = "The card.", headers = @Header(ref = "ContentSecurityPolicy"),
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "card", value = CARD_EXAMPLE)))
    public Response embedResource(@Context Request request,
            @Parameter(description = "Resource slug.", example = "how-to-build-a-teacher-alliance") @PathParam("slug") String slug,
            @Parameter(description = THEME, schema = @Schema(type = SchemaType.STRING, enumeration = { "light", "dark", "auto" },
                    defaultValue = "auto")) @QueryParam("theme") String theme) {
        return resourcePage(request, slug, theme, false);
    }

    @GET
    @Path("view/resources/{slug}")
    @Operation(operationId = "viewResource", summary = "Full resource page",
            description = "The whole resource as an accessible HTML page: every section, the rubric and the author "
                    + "note. The embed card's \"View full resource\" link opens it.")
    @APIResponse(responseCode = "200", description = "The page.", headers = @Header(ref = "ContentSecurityPolicy"),
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "page", value = CARD_EXAMPLE)))
    public Response viewResource(@Context Request request,
            @Parameter(description = "Resource slug.", example = "how-to-build-a-teacher-alliance") @PathParam("slug") String slug,
            @Parameter(description = THEME, schema = @Schema(type = SchemaType.STRING, enumeration = { "light", "dark", "auto" },
                    defaultValue = "auto")) @QueryParam("theme") String theme) {
        return resourcePage(request, slug, theme, true);
    }

    @GET
    @Path("embed/frameworks/{framework}/elements/{element}")
    @Operation(operationId = "embedElement", summary = "Embeddable framework element card",
            description = "A self-contained HTML card of a framework element (latest published version): its "
                    + "description and categories with their first recommended actions. Resizes itself like the "
                    + "resource card.")
    @APIResponse(responseCode = "200", description = "The card.", headers = @Header(ref = "ContentSecurityPolicy"),
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "card", value = CARD_EXAMPLE)))
    public Response embedElement(@Context Request request,
            @Parameter(description = "Framework slug.", example = "e2e-relationships") @PathParam("framework") String fw,
            @Parameter(description = "Element slug.", example = "beliefs") @PathParam("element") String element,
            @Parameter(description = THEME, schema = @Schema(type = SchemaType.STRING, enumeration = { "light", "dark", "auto" },
                    defaultValue = "auto")) @QueryParam("theme") String theme) {
        return elementPage(request, fw, element, theme, false);
    }

    @GET
    @Path("view/frameworks/{framework}/elements/{element}")
    @Operation(operationId = "viewElement", summary = "Full framework element page",
            description = "A framework element as an accessible HTML page: every category with its quote, all "
                    + "recommended actions and the research narrative, and the resources that support it.")
    @APIResponse(responseCode = "200", description = "The page.", headers = @Header(ref = "ContentSecurityPolicy"),
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "page", value = CARD_EXAMPLE)))
    public Response viewElement(@Context Request request,
            @Parameter(description = "Framework slug.", example = "e2e-relationships") @PathParam("framework") String fw,
            @Parameter(description = "Element slug.", example = "beliefs") @PathParam("element") String element,
            @Parameter(description = THEME, schema = @Schema(type = SchemaType.STRING, enumeration = { "light", "dark", "auto" },
                    defaultValue = "auto")) @QueryParam("theme") String theme) {
        return elementPage(request, fw, element, theme, true);
    }

    private Response resourcePage(Request request, String slug, String theme, boolean full) {
        String chosen = theme(theme);
        ResourceView resource = resources.get(slug);
        String path = "/resources/" + slug;
        EmbedPage page = page(chosen, full, resource.title(), path, source(resource));
        String assessmentUrl = resource.rubric() == null ? null : config.publicBaseUrl().replaceAll("/+$", "") + "/view" + path
                + "/assessment" + (chosen.equals(DEFAULT_THEME) ? "" : "?theme=" + chosen);
        return html(request, resourceTemplate.data("page", page).data("resource", resource).data("assessmentUrl", assessmentUrl)
                .render());
    }

    private Response elementPage(Request request, String fw, String elementSlug, String theme, boolean full) {
        String chosen = theme(theme);
        ElementResponse element = frameworks.element(fw, null, elementSlug);
        List<?> supporting = full ? resources.forElement(fw, elementSlug, 1, 100).items() : List.of();
        String path = "/frameworks/" + fw + "/elements/" + elementSlug;
        EmbedPage page = page(chosen, full, element.element().title() + " · E2E Relationships Framework", path, null);
        return html(request, elementTemplate.data("page", page).data("element", element).data("resources", supporting).render());
    }

    EmbedPage page(String theme, boolean full, String title, String path, String source) {
        return page(theme, full, title, path, "", source, null);
    }

    /** {@code query} (with its "?" or empty) is kept on the page's own URL; {@code formJs} only on pages with a form. */
    EmbedPage page(String theme, boolean full, String title, String path, String query, String source, String formJs) {
        String base = config.publicBaseUrl().replaceAll("/+$", "");
        String embedUrl = base + "/embed" + path;
        String themeQuery = theme.equals(DEFAULT_THEME) ? "" : "?theme=" + theme;
        String pageQuery = query.isEmpty() ? themeQuery : query + (themeQuery.isEmpty() ? "" : "&theme=" + theme);
        String pageUrl = base + (full ? "/view" : "/embed") + path + pageQuery;
        String oembedUrl = base + "/oembed?format=json&url=" + URLEncoder.encode(embedUrl + themeQuery, StandardCharsets.UTF_8);
        return new EmbedPage(theme, full, title, pageUrl, oembedUrl, base + "/view" + path + pageQuery,
                base + "/view/resources/" + HOME, source, assets.css(), assets.js(), formJs, null);
    }

    /** Whose content a resource is, as its source names it. */
    static String source(ResourceView r) {
        return r.publisher() != null ? r.publisher() + (r.collection() != null ? ", " + r.collection() : "")
                : r.author() != null ? r.author() : null;
    }

    Response html(Request request, String html) {
        // Encoded once with its ETag, so If-None-Match works for pages as for JSON.
        return json.ok(request, JsonRepresentation.of(html.getBytes(StandardCharsets.UTF_8)), HTML)
                .header("Content-Security-Policy", assets.contentSecurityPolicy())
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .build();
    }

    static String theme(String theme) {
        if (theme == null || theme.isEmpty()) {
            return DEFAULT_THEME;
        }
        if (!theme.equals("light") && !theme.equals("dark") && !theme.equals("auto")) {
            throw ProblemException.invalidParameter("theme", "must be light, dark or auto");
        }
        return theme;
    }
}
