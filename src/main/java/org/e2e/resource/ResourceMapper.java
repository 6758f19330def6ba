package org.e2e.resource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.e2e.config.ServiceConfig;
import org.e2e.discovery.LibraryHit;
import org.e2e.framework.Crumb;
import org.e2e.framework.LatestVersions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.SQLException;

/** The one place where resource entities become API records. */
@ApplicationScoped
public class ResourceMapper {

    public static final String RESOURCES = "/api/v1/resources";
    /** The columns of a {@code resource_card} (alias r) that {@link #summary(Object[])} reads, in its order. */
    static final String CARD_COLUMNS = "r.id, r.slug, r.title, r.summary, r.type, r.audiences, r.tags, r.author, r.publisher, "
            + "r.date_text, r.reading_minutes";

    private final ServiceConfig config;
    private String base;
    private final LatestVersions latest;

    public ResourceMapper(ServiceConfig config, LatestVersions latest) {
        this.config = config;
        this.latest = latest;
    }

    /** A row of {@link #CARD_COLUMNS}, straight into the record a list shows. */
    public ResourceSummary summary(Object[] row) {
        ResourceType type = ResourceType.fromId((String) row[4]);
        String slug = (String) row[1];
        return new ResourceSummary((UUID) row[0], slug, (String) row[2], (String) row[3], type, type.label(),
                audiences(strings(row[5])), List.of(strings(row[6])), (String) row[7], (String) row[8], (String) row[9],
                ((Number) row[10]).intValue(), links(slug), null);
    }

    /** A resource as the search index holds its card, straight into the record a list shows. */
    public ResourceSummary summary(LibraryHit hit) {
        ResourceType type = ResourceType.fromId(hit.type());
        return new ResourceSummary(hit.id(), hit.slug(), hit.title(), hit.summary(), type, type.label(),
                audiences(hit.audiences().toArray(String[]::new)), hit.tags(), hit.author(), hit.publisher(), hit.dateText(),
                hit.readingMinutes(), links(hit.slug()), hit.snippet());
    }

    private static String[] strings(Object array) {
        if (array instanceof String[] strings) {
            return strings;
        }
        try {
            return (String[]) ((Array) array).getArray();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a text array", e);
        }
    }

    public ResourceView view(ResourceEntity r) {
        return new ResourceView(r.id, r.slug, r.title, r.summary, r.type, r.type.label(), audiences(r.audiences), List.of(r.tags),
                r.author, r.authorBio, r.publisher, r.collection, r.dateText, r.readingMinutes, r.sections, r.rubric,
                supports(r), links(r.slug));
    }

    /** Supported nodes as they are in the latest published versions; a node no longer there is left out. */
    private List<ResourceView.SupportedNode> supports(ResourceEntity r) {
        List<ResourceView.SupportedNode> found = new ArrayList<>();
        for (UUID id : r.nodeIds) {
            latest.holding(id).ifPresent(v -> {
                Crumb node = v.crumb(id);
                found.add(new ResourceView.SupportedNode(v.framework(), v.version(), node.type(), node.id(), node.slug(),
                        node.title(), node.self()));
            });
        }
        return found;
    }

    private static List<ResourceSummary.AudienceView> audiences(String[] ids) {
        return Arrays.stream(ids).map(Audience::fromId)
                .map(a -> new ResourceSummary.AudienceView(a, a.label())).toList();
    }

    public ResourceSummary.ResourceLinks links(String slug) {
        String base = base();
        String embed = base + "/embed/resources/" + slug;
        return new ResourceSummary.ResourceLinks(RESOURCES + "/" + slug, embed,
                base + "/oembed?url=" + URLEncoder.encode(embed, StandardCharsets.UTF_8) + "&format=json",
                base + "/view/resources/" + slug);
    }

    private String base() {
        if (base == null) {
            base = config.publicBaseUrl().replaceAll("/+$", "");
        }
        return base;
    }
}
