package org.e2e.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.e2e.framework.NodeIds;
import org.e2e.framework.LatestVersions;

/**
 * The editorial links of a rubric's criteria: framework nodes and library resources that support each criterion.
 * A saved rubric names its nodes by stable id (ids survive new framework versions); each node must be in the latest
 * published version of a framework and each resource must be published, or the document is refused.
 */
@ApplicationScoped
public class RubricLinks {

    private final LatestVersions latest;

    public RubricLinks(LatestVersions latest) {
        this.latest = latest;
    }

    /**
     * The rubric with positions in list order and node links by id; every link that does not resolve is added to
     * {@code problems} as "{at}.criteria[c].supports[s]: …". {@code alsoPublished} are resource slugs that count as
     * published (the other resources of a package being loaded).
     */
    public Rubric resolve(Rubric rubric, String selfSlug, String at, Set<String> alsoPublished, List<String> problems) {
        List<Rubric.Criterion> criteria = new ArrayList<>();
        for (int c = 0; c < rubric.criteria().size(); c++) {
            Rubric.Criterion criterion = rubric.criteria().get(c);
            String here = at + ".rubric.criteria[" + c + "]";
            List<ResourcePackage.NodeRef> supports = new ArrayList<>();
            for (int s = 0; s < criterion.supportsOrEmpty().size(); s++) {
                ResourcePackage.NodeRef ref = criterion.supportsOrEmpty().get(s);
                UUID id = ref.id() != null ? ref.id() : NodeIds.node(ref.framework(), ref.node());
                if (latest.holding(id).isEmpty()) {
                    problems.add(here + ".supports[" + s + "]: the latest published framework versions have no node "
                            + (ref.node() != null ? ref.framework() + " " + ref.node() : id));
                }
                supports.add(new ResourcePackage.NodeRef(null, null, id));
            }
            for (int r = 0; r < criterion.supportingResourcesOrEmpty().size(); r++) {
                String slug = criterion.supportingResourcesOrEmpty().get(r);
                if (slug.equals(selfSlug)) {
                    problems.add(here + ".supportingResources[" + r + "]: a rubric cannot support itself");
                } else if (!alsoPublished.contains(slug) && ResourceEntity.findPublishedBySlug(slug).isEmpty()) {
                    problems.add(here + ".supportingResources[" + r + "]: there is no published resource '" + slug + "'");
                }
            }
            List<Rubric.Level> levels = new ArrayList<>();
            for (int l = 0; l < criterion.levels().size(); l++) {
                Rubric.Level level = criterion.levels().get(l);
                levels.add(new Rubric.Level(l + 1, level.name(), level.paragraphs()));
            }
            criteria.add(new Rubric.Criterion(c + 1, criterion.slug(), criterion.title(), levels,
                    supports.stream().distinct().toList(), criterion.supportingResourcesOrEmpty().stream().distinct().toList()));
        }
        return new Rubric(rubric.levelNamesEditorial(), criteria);
    }
}
