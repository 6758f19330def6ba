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
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.e2e.config.ServiceConfig;
import org.e2e.framework.ElementView;
import org.e2e.framework.FrameworkDiagram;
import org.e2e.framework.FrameworkDiagram.Layout;
import org.e2e.framework.FrameworkTree;
import org.e2e.framework.FrameworkTreeService;
import org.e2e.framework.LayerView;
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
 * HTTP only: the framework as a picture in a page, the card for a portal to frame and its full view. The picture
 * is {@link FrameworkDiagram}'s, inline, in two layouts (columns from 45rem, one column below, down to 320 px) of
 * which the page's stylesheet shows one; every layer and element in it is a link, in the layers' order. The card's
 * links open the view pages in a new tab; on the view page each layer links to its description below the picture.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Embeds")
public class DiagramEmbedResource {

    static final String EXAMPLE = "<!DOCTYPE html><html lang=\"en\" data-theme=\"auto\"><head><title>The Educator-to-Educator "
            + "Relationships Framework</title>…</head><body><main id=\"content\"><article class=\"card diagram\" "
            + "aria-labelledby=\"diagram-title\"><h1 id=\"diagram-title\">The Educator-to-Educator Relationships "
            + "Framework</h1><figure><svg class=\"diagram-wide\" viewBox=\"0 0 720 534\" role=\"group\" "
            + "aria-labelledby=\"diagram-title\">…<a href=\"…/view/frameworks/e2e-relationships/elements/beliefs\">"
            + "<rect class=\"chip\" …/><text class=\"e\" …>Beliefs</text></a>…</svg>…</figure>…</article></main>…</body></html>";

    private static final String NEW_TAB = " (opens in a new tab)";

    private final FrameworkTreeService frameworks;
    private final EmbedResource pages;
    private final EmbedAssets assets;
    private final ServiceConfig config;
    private final Template template;

    public DiagramEmbedResource(FrameworkTreeService frameworks, EmbedResource pages, EmbedAssets assets, ServiceConfig config,
            @Location("embed/diagram.html") Template template) {
        this.frameworks = frameworks;
        this.pages = pages;
        this.assets = assets;
        this.config = config;
        this.template = template;
    }

    @GET
    @Path("embed/frameworks/{framework}/diagram")
    @Operation(operationId = "embedDiagram", summary = "Embeddable framework picture",
            description = "The framework as a picture (latest published version) in a self-contained HTML card: the "
                    + "SVG of GET /api/v1/frameworks/{framework}/diagram inline, where each layer and element is a "
                    + "keyboard-focusable link (in the layers' order) to its full page, opened in a new tab. Columns "
                    + "from 45rem, one column below (readable at 320 px). Resizes itself like the other cards.")
    @APIResponse(responseCode = "200", description = "The card.", headers = @Header(ref = "ContentSecurityPolicy"),
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "card", value = EXAMPLE)))
    public Response embed(@Context Request request,
            @Parameter(description = "Framework slug.", example = "e2e-relationships") @PathParam("framework") String fw,
            @Parameter(description = EmbedResource.THEME, schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "light", "dark", "auto" }, defaultValue = "auto")) @QueryParam("theme") String theme) {
        return page(request, fw, theme, false);
    }

    @GET
    @Path("view/frameworks/{framework}/diagram")
    @Operation(operationId = "viewDiagram", summary = "Full framework picture page",
            description = "The framework picture as a full page: the picture, whose elements link to their pages and "
                    + "whose layers link to their descriptions below it (each layer's description and elements, "
                    + "verbatim). Prints the wide picture on one page.")
    @APIResponse(responseCode = "200", description = "The page.", headers = @Header(ref = "ContentSecurityPolicy"),
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "page", value = EXAMPLE)))
    public Response view(@Context Request request,
            @Parameter(description = "Framework slug.", example = "e2e-relationships") @PathParam("framework") String fw,
            @Parameter(description = EmbedResource.THEME, schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "light", "dark", "auto" }, defaultValue = "auto")) @QueryParam("theme") String theme) {
        return page(request, fw, theme, true);
    }

    private Response page(Request request, String fw, String theme, boolean full) {
        String chosen = EmbedResource.theme(theme);
        FrameworkTree tree = frameworks.snapshot(fw, null).tree();
        String base = config.publicBaseUrl().replaceAll("/+$", "");
        String themeQuery = chosen.equals(EmbedResource.DEFAULT_THEME) ? "" : "?theme=" + chosen;
        String path = "/frameworks/" + tree.slug() + "/diagram";
        Map<String, String> elementLinks = new LinkedHashMap<>();
        tree.layers().forEach(l -> l.elements().forEach(e -> elementLinks.put(e.slug(),
                base + "/view/frameworks/" + tree.slug() + "/elements/" + e.slug() + themeQuery)));
        String layerBase = full ? "" : base + "/view" + path + themeQuery;
        FrameworkDiagram.Links links = new FrameworkDiagram.Links() {
            public String layer(LayerView layer) {
                return layerBase + "#layer-" + layer.slug();
            }

            public String element(ElementView element) {
                return elementLinks.get(element.slug());
            }

            public String target() {
                return full ? null : "_blank";
            }

            public String nameSuffix() {
                return full ? "" : NEW_TAB;
            }
        };
        EmbedPage page = pages.page(chosen, full, tree.title(), path, null).withPageCss(assets.diagramCss());
        String html = template.data("page", page).data("tree", tree).data("elementLinks", elementLinks)
                .data("wide", FrameworkDiagram.inline(tree, Layout.WIDE, links, "diagram-title"))
                .data("narrow", FrameworkDiagram.inline(tree, Layout.NARROW, links, "diagram-title")).render();
        return pages.html(request, html);
    }
}
