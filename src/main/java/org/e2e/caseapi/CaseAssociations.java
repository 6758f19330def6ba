package org.e2e.caseapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.e2e.caseapi.CaseMapper.Built;
import org.e2e.caseapi.CaseModel.CFPckgAssociation;
import org.e2e.caseapi.CaseModel.CFPckgItem;
import org.e2e.caseapi.CaseModel.CFRubric;
import org.e2e.caseapi.CaseModel.LinkGenURI;
import org.e2e.resource.ResourceEntity;
import org.e2e.resource.ResourceMapper;

/**
 * The CFAssociations of one released version, in package order: isChildOf (the hierarchy, added as the items are),
 * then isRelatedTo (items to the resources that support them), then exactMatchOf/replacedBy (items to the
 * predecessor's). Each association's identifier is derived from the version, its type and its two ends.
 */
final class CaseAssociations {

    static final String TARGET_CASE = "CASE";
    static final String TARGET_RESOURCE = "ext:E2EResource";

    private final String base;
    private final UUID versionId;
    private final String changed;
    private final List<CFPckgAssociation> associations = new ArrayList<>();

    /** @param base the public base URL without a trailing slash; @param changed the version's lastChangeDateTime */
    CaseAssociations(String base, UUID versionId, String changed) {
        this.base = base;
        this.versionId = versionId;
        this.changed = changed;
    }

    List<CFPckgAssociation> all() {
        return List.copyOf(associations);
    }

    /** isChildOf from an item to its parent item, or to the document (parentKey "document") for a top item. */
    void childOf(UUID nodeId, String parentKey, int position, CFPckgItem item, LinkGenURI parent) {
        add("isChildOf", nodeId.toString(), parentKey, position, link(item), parent);
    }

    /**
     * isRelatedTo from each item to each resource that supports its node. A rubric resource is reached as its CFRubric
     * (and the rubric is put in the package); any other resource as its page in the resource API.
     *
     * @return the rubrics that some item is related to, in resource order
     */
    List<CFRubric> relatedResources(List<ResourceEntity> resources, Map<UUID, CFPckgItem> itemsByNode) {
        List<CFRubric> rubrics = new ArrayList<>();
        for (ResourceEntity r : resources) {
            CFRubric rubric = r.rubric == null ? null : CaseRubrics.rubric(base, r);
            LinkGenURI target = rubric == null
                    ? new LinkGenURI(r.title, r.id.toString(), base + ResourceMapper.RESOURCES + "/" + r.slug, TARGET_RESOURCE)
                    : new LinkGenURI(rubric.title(), rubric.identifier(), rubric.uri(), TARGET_CASE);
            boolean related = false;
            Set<UUID> done = new HashSet<>();
            for (UUID nodeId : r.nodeIds) {
                CFPckgItem item = itemsByNode.get(nodeId);
                if (item != null && done.add(nodeId)) {
                    add("isRelatedTo", nodeId.toString(), r.id.toString(), null, link(item), target);
                    related = true;
                }
            }
            if (related && rubric != null) {
                rubrics.add(rubric);
            }
        }
        return rubrics;
    }

    /**
     * Links each item to the predecessor's item of the same node: exactMatchOf (origin: this version's item,
     * destination: the predecessor's) when its CASE content is unchanged, else replacedBy (origin: the
     * predecessor's item, destination: this version's, since in CASE the origin is replaced by the destination).
     */
    void versionLinks(Map<UUID, CFPckgItem> itemsByNode, Built predecessor) {
        for (Map.Entry<UUID, CFPckgItem> e : itemsByNode.entrySet()) {
            CFPckgItem before = predecessor.itemsByNode().get(e.getKey());
            if (before == null) {
                continue;
            }
            CFPckgItem now = e.getValue();
            String key = e.getKey().toString();
            String previous = predecessor.versionId().toString();
            if (now.content().equals(before.content())) {
                add("exactMatchOf", key, previous, null, link(now), link(before));
            } else {
                add("replacedBy", key, previous, null, link(before), link(now));
            }
        }
    }

    private void add(String type, String originKey, String destinationKey, Integer sequence, LinkGenURI origin,
            LinkGenURI destination) {
        String id = CaseIds.association(versionId, type, originKey, destinationKey);
        associations.add(new CFPckgAssociation(id, type, sequence, CaseMapper.uri(base, "CFAssociations", id), origin,
                destination, changed));
    }

    /** An item as an association's end: titled by its abbreviated statement, else its code, else its statement. */
    static LinkGenURI link(CFPckgItem item) {
        String title = item.abbreviatedStatement() != null ? item.abbreviatedStatement()
                : item.humanCodingScheme() != null ? item.humanCodingScheme() : item.fullStatement();
        return new LinkGenURI(title, item.identifier(), item.uri(), TARGET_CASE);
    }
}
