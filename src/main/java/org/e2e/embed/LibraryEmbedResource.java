package org.e2e.embed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.e2e.config.ServiceConfig;
import org.e2e.problem.InvalidParameterException;
import org.e2e.resource.Audience;
import org.e2e.resource.ResourceType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
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
 * HTTP only: the searchable, filterable resource library as an embeddable page and a full view. It is a GET form
 * that works without JavaScript (the state is the query string, so every page can be shared); with JavaScript its
 * script completes what is typed and updates the results in place. Invalid parameters answer 400 with the page and
 * a message, never a JSON problem.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Embeds")
public class LibraryEmbedResource {

    static final String EXAMPLE = "<!DOCTYPE html><html lang=\"en\" data-theme=\"auto\"><head><title>Resource library</title>"
            + "…</head><body><main id=\"content\"><div class=\"library\"><h1 id=\"library-title\">Resource library</h1>"
            + "<form id=\"library\" role=\"search\" method=\"get\" action=\"/embed/library\"><label for=\"library-q\">Search "
            + "the library</label><input id=\"library-q\" name=\"q\" type=\"search\" value=\"trust\">…<fieldset><legend>Audience"
            + "</legend><label><input type=\"checkbox\" name=\"audience\" value=\"teachers\"> Teachers <span class=\"count\">(2)"
            + "</span></label>…</fieldset>…</form><section id=\"library-results\"><p id=\"library-status\" role=\"status\" "
            + "aria-live=\"polite\">3 resources for “trust”.</p><ol class=\"hits\"><li><h3><a href=\"…/view/resources/"
            + "staff-relationships-and-collaboration\">Staff Relationships and Collaboration</a></h3><p class=\"snippet\">… "
            + "<mark>trust</mark> …</p>…</li>…</ol></section></div></main>…</body></html>";
    private static final String PRESET = "The filters this page fixes (comma-separated facets: audience, type, layer, "
            + "element, tag): their facets are hidden and every search keeps their values. Without it, every filter in "
            + "the URL is fixed (`?audience=teachers` is a teachers' library); the page's own form always sends it, so "
            + "what a reader ticks stays a choice.";

    private final EmbedResource pages;
    private final EmbedAssets assets;
    private final LibraryPages library;
    private final Template template;
    private final String base;

    public LibraryEmbedResource(EmbedResource pages, EmbedAssets assets, LibraryPages library, ServiceConfig config,
            @Location("embed/library.html") Template template) {
        this.base = config.publicBaseUrl().replaceAll("/+$", "");
        this.pages = pages;
        this.assets = assets;
        this.library = library;
        this.template = template;
    }

    @GET
    @Path("embed/library")
    @Operation(operationId = "embedLibrary", summary = "Embeddable resource library",
            description = "The library as an accessible page for a portal to frame: a search box, facet filters with "
                    + "counts (checkbox groups), the results with type, audiences and highlighted snippets, sort and "
                    + "pages. The parameters are those of GET /api/v1/resources (empty values are absent) plus theme "
                    + "and preset. It is a GET form that works without JavaScript; with JavaScript it completes what is "
                    + "typed (GET /api/v1/search/suggestions) and updates the results without reloading, announcing "
                    + "the count in a polite live region. Posts its height like the cards; the same CSP and "
                    + "frame-ancestors apply. Result links open the full resource page in a new tab.")
    @APIResponse(responseCode = "200", description = "The library page.", headers = @Header(ref = "ContentSecurityPolicy"),
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "page", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "InvalidLibraryPage")
    public Response embedLibrary(@Context Request request, @Context UriInfo uri,
            @Parameter(description = "Search words (as on GET /api/v1/resources).", example = "trust") @QueryParam("q") String q,
            @Parameter(description = "Only resources for these audiences.", explode = Explode.TRUE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Audience.class))
            @QueryParam("audience") List<String> audience,
            @Parameter(description = "Only resources of these types.", explode = Explode.TRUE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ResourceType.class))
            @QueryParam("type") List<String> type,
            @Parameter(description = "Only resources that support these layers (slugs).", explode = Explode.TRUE)
            @QueryParam("layer") List<String> layer,
            @Parameter(description = "Only resources that support these elements (slugs).", explode = Explode.TRUE)
            @QueryParam("element") List<String> element,
            @Parameter(description = "Only resources with these tags.", explode = Explode.TRUE) @QueryParam("tag") List<String> tag,
            @Parameter(description = "Order, as on GET /api/v1/resources; relevance without q is the title order.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "title", "-title", "reading-time",
                            "-reading-time", "relevance" })) @QueryParam("sort") String sort,
            @Parameter(description = "1-based page number.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = "Resources per page, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "100", defaultValue = "10")) @QueryParam("size") String size,
            @Parameter(description = PRESET, example = "audience") @QueryParam("preset") String preset,
            @Parameter(description = EmbedResource.THEME, schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "light", "dark", "auto" }, defaultValue = "auto")) @QueryParam("theme") String theme) {
        return page(request, uri, false);
    }

    @GET
    @Path("view/library")
    @Operation(operationId = "viewLibrary", summary = "Full resource library page",
            description = "The library page of GET /embed/library as a page of its own, with the same parameters; its "
                    + "result links open the full resource pages in the same tab. Prints the results as a list.")
    @APIResponse(responseCode = "200", description = "The library page.", headers = @Header(ref = "ContentSecurityPolicy"),
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "page", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "InvalidLibraryPage")
    public Response viewLibrary(@Context Request request, @Context UriInfo uri,
            @Parameter(description = "Search words (as on GET /api/v1/resources).", example = "trust") @QueryParam("q") String q,
            @Parameter(description = "Only resources for these audiences.", explode = Explode.TRUE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Audience.class))
            @QueryParam("audience") List<String> audience,
            @Parameter(description = "Only resources of these types.", explode = Explode.TRUE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ResourceType.class))
            @QueryParam("type") List<String> type,
            @Parameter(description = "Only resources that support these layers (slugs).", explode = Explode.TRUE)
            @QueryParam("layer") List<String> layer,
            @Parameter(description = "Only resources that support these elements (slugs).", explode = Explode.TRUE)
            @QueryParam("element") List<String> element,
            @Parameter(description = "Only resources with these tags.", explode = Explode.TRUE) @QueryParam("tag") List<String> tag,
            @Parameter(description = "Order, as on GET /api/v1/resources; relevance without q is the title order.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "title", "-title", "reading-time",
                            "-reading-time", "relevance" })) @QueryParam("sort") String sort,
            @Parameter(description = "1-based page number.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = "Resources per page, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "100", defaultValue = "10")) @QueryParam("size") String size,
            @Parameter(description = PRESET, example = "audience") @QueryParam("preset") String preset,
            @Parameter(description = EmbedResource.THEME, schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "light", "dark", "auto" }, defaultValue = "auto")) @QueryParam("theme") String theme) {
        return page(request, uri, true);
    }

    private Response page(Request request, UriInfo uri, boolean full) {
        Map<String, List<String>> query = uri.getQueryParameters();
        String path = (full ? "/view" : "/embed") + "/library";
        LibraryState state = null;
        LibraryView view;
        try {
            state = LibraryState.parse(query);
            view = library.view(state, path, !full);
        } catch (InvalidParameterException e) {
            List<String> typed = query.get("q");
            view = LibraryPages.error(path, typed == null || typed.isEmpty() ? null : typed.get(0), e.errors());
        }
        String theme = state != null ? state.theme() : EmbedResource.DEFAULT_THEME;
        String title = state != null && state.q() != null ? "“" + state.q() + "” · Resource library" : "Resource library";
        EmbedPage page = pages.page(theme, full, title, "/library", stripTheme(state), null, assets.libraryJs());
        // oEmbed for this very page, with its query: the portal embeds the library as it sees it.
        String embedUrl = base + "/embed/library" + (state == null ? "" : state.onPage(1).queryString());
        page = new EmbedPage(page.theme(), page.full(), page.title(), page.pageUrl(),
                base + "/oembed?format=json&url=" + URLEncoder.encode(embedUrl, StandardCharsets.UTF_8), page.viewUrl(),
                page.homeUrl(), page.source(), page.css(), page.js(), page.formJs(), page.pageCss());
        Response ok = pages.html(request, template.data("page", page).data("library", view).render());
        return view.errors().isEmpty() ? ok : Response.fromResponse(ok).status(400).build();
    }

    /** The page's own query without the theme (which {@link EmbedResource#page} adds). */
    private static String stripTheme(LibraryState state) {
        if (state == null) {
            return "";
        }
        return new LibraryState(EmbedResource.DEFAULT_THEME, state.presets(), state.q(), state.filters(), state.sort(),
                state.page(), state.size()).queryString();
    }
}
