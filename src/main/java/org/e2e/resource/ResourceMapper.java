package org.e2e.resource;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.e2e.config.ServiceConfig;
import org.e2e.framework.FrameworkTreeService;
import org.e2e.framework.FrameworkTreeService.VersionSnapshot;
import org.e2e.framework.NodeEntity;

/** The one place where resource entities become API records. */
@ApplicationScoped
public class ResourceMapper {

    public static final String RESOURCES = "/api/v1/resources";

    private final ServiceConfig config;
    private final FrameworkTreeService frameworks;

    public ResourceMapper(ServiceConfig config, FrameworkTreeService frameworks) {
        this.config = config;
        this.frameworks = frameworks;
    }

    public ResourceSummary summary(ResourceEntity r) {
        return new ResourceSummary(r.id, r.slug, r.title, r.summary, r.type, r.type.label(), audiences(r), List.of(r.tags),
                r.author, r.publisher, r.dateText, r.readingMinutes, links(r.slug));
    }

    public ResourceView view(ResourceEntity r) {
        return new ResourceView(r.id, r.slug, r.title, r.summary, r.type, r.type.label(), audiences(r), List.of(r.tags),
                r.author, r.authorBio, r.publisher, r.collection, r.dateText, r.readingMinutes, r.sections, r.rubric,
                supports(r), links(r.slug));
    }

    /** Supported nodes as they are in the latest published versions; a node no longer there is left out. */
    private List<ResourceView.SupportedNode> supports(ResourceEntity r) {
        Map<UUID, ResourceView.SupportedNode> found = new HashMap<>();
        for (VersionSnapshot s : frameworks.latestSnapshots()) {
            for (UUID id : r.nodeIds) {
                NodeEntity node = s.mapper().node(id);
                if (node != null) {
                    var crumb = s.mapper().crumbOf(node);
                    found.put(id, new ResourceView.SupportedNode(s.framework().slug, s.version().version, node.type,
                            node.nodeId, node.slug, crumb.title(), crumb.self()));
                }
            }
        }
        return Arrays.stream(r.nodeIds).map(found::get).filter(Objects::nonNull).toList();
    }

    private static List<ResourceSummary.AudienceView> audiences(ResourceEntity r) {
        return Arrays.stream(r.audiences).map(Audience::fromId)
                .map(a -> new ResourceSummary.AudienceView(a, a.label())).toList();
    }

    public ResourceSummary.ResourceLinks links(String slug) {
        String base = config.publicBaseUrl().replaceAll("/+$", "");
        String embed = base + "/embed/resources/" + slug;
        return new ResourceSummary.ResourceLinks(RESOURCES + "/" + slug, embed,
                base + "/oembed?url=" + java.net.URLEncoder.encode(embed, java.nio.charset.StandardCharsets.UTF_8) + "&format=json",
                base + "/view/resources/" + slug);
    }
}
