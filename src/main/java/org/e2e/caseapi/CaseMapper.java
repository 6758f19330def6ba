package org.e2e.caseapi;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.e2e.caseapi.CaseModel.CFAssociation;
import org.e2e.caseapi.CaseModel.CFDefinition;
import org.e2e.caseapi.CaseModel.CFDocument;
import org.e2e.caseapi.CaseModel.CFItem;
import org.e2e.caseapi.CaseModel.CFItemType;
import org.e2e.caseapi.CaseModel.CFPackage;
import org.e2e.caseapi.CaseModel.CFPckgAssociation;
import org.e2e.caseapi.CaseModel.CFPckgDocument;
import org.e2e.caseapi.CaseModel.CFPckgItem;
import org.e2e.caseapi.CaseModel.CFRubric;
import org.e2e.caseapi.CaseModel.LinkGenURI;
import org.e2e.caseapi.CaseModel.LinkURI;
import org.e2e.framework.FrameworkEntity;
import org.e2e.framework.FrameworkTreeMapper;
import org.e2e.framework.FrameworkVersionEntity;
import org.e2e.framework.NodeEntity;
import org.e2e.framework.NodeType;
import org.e2e.framework.VersionStatus;
import org.e2e.resource.ResourceEntity;

/**
 * The one place where framework nodes and library resources become CASE records. It is pure: given one released
 * version's mapped tree, its predecessor's built records and the resources, it returns every CASE record of the
 * version. It builds the document and the items (with their codes) itself; the text of the records comes from
 * {@link CaseStatements}, the associations from {@link CaseAssociations} and the rubrics from {@link CaseRubrics}.
 * The mapping is documented in docs/case.md.
 */
public final class CaseMapper {

    public static final String BASE = "/ims/case/v1p1";
    /**
     * Who the CFDocument names as creator and publisher: the toolkit the framework is published in (seed 001's
     * title); the sources name no organisation.
     */
    public static final String CREATOR = "The Educator-to-Educator Relationships Toolkit";

    /** Everything CASE about one released version. Immutable. */
    public record Built(UUID versionId, String frameworkSlug, String version, CFDocument document, CFPackage pkg,
            Map<String, CFItem> items, Map<UUID, CFPckgItem> itemsByNode, Map<String, CFAssociation> associations,
            Map<String, CFItemType> itemTypes, Map<String, CFRubric> rubrics) {
    }

    private final String base;
    private final FrameworkEntity framework;
    private final FrameworkVersionEntity version;
    private final FrameworkTreeMapper tree;
    private final String changed;
    private final LinkURI documentLink;
    private final Map<UUID, CFPckgItem> itemsByNode = new LinkedHashMap<>();
    private final Map<UUID, String> codes = new HashMap<>();
    private final Map<CaseItemKind, CFItemType> itemTypes = new LinkedHashMap<>();
    private final CaseAssociations associations;

    private CaseMapper(String publicBaseUrl, FrameworkEntity framework, FrameworkVersionEntity version, FrameworkTreeMapper tree) {
        this.base = publicBaseUrl.replaceAll("/+$", "");
        this.framework = framework;
        this.version = version;
        this.tree = tree;
        this.changed = dateTime(version.publishedAt);
        String documentId = CaseIds.document(version.id);
        this.documentLink = new LinkURI(framework.title, documentId, uri("CFDocuments", documentId));
        this.associations = new CaseAssociations(base, version.id, changed);
    }

    /**
     * Builds the CASE records of a released version.
     *
     * @param predecessor the built records of the next lower released version of the framework, or null
     * @param resources   the published resources of the library
     */
    public static Built build(String publicBaseUrl, FrameworkEntity framework, FrameworkVersionEntity version,
            List<NodeEntity> nodes, Built predecessor, List<ResourceEntity> resources) {
        if (version.status == VersionStatus.DRAFT) {
            throw new IllegalArgumentException("Drafts have no CASE representation");
        }
        return new CaseMapper(publicBaseUrl, framework, version, FrameworkTreeMapper.of(framework, version, nodes))
                .build(predecessor, resources);
    }

    private Built build(Built predecessor, List<ResourceEntity> resources) {
        List<NodeEntity> top = new ArrayList<>(tree.rootsOf(NodeType.LAYER));
        top.addAll(tree.rootsOf(NodeType.PRINCIPLES));
        top.addAll(tree.rootsOf(NodeType.OUTCOMES));
        assignCodes(null, top);
        for (NodeEntity n : top) {
            addItem(n, null);
        }
        List<CFRubric> rubrics = associations.relatedResources(resources, itemsByNode);
        if (predecessor != null) {
            associations.versionLinks(itemsByNode, predecessor);
        }

        CFDocument document = document();
        CFPckgDocument pckgDocument = new CFPckgDocument(document.identifier(), document.uri(), document.caseVersion(),
                document.creator(), document.publisher(), document.title(), document.lastChangeDateTime(), document.description(),
                document.language(), document.version(), document.adoptionStatus(), document.statusStartDate(),
                document.statusEndDate(), document.notes());
        List<CFItemType> types = List.copyOf(itemTypes.values());
        List<CFPckgAssociation> pckgAssociations = associations.all();
        CFPackage pkg = new CFPackage(pckgDocument, List.copyOf(itemsByNode.values()), pckgAssociations,
                new CFDefinition(types), rubrics.isEmpty() ? null : rubrics);

        Map<String, CFItem> items = new LinkedHashMap<>();
        for (CFPckgItem i : itemsByNode.values()) {
            items.put(i.identifier(), new CFItem(i.identifier(), i.fullStatement(), i.alternativeLabel(), i.CFItemType(),
                    i.uri(), i.humanCodingScheme(), i.listEnumeration(), i.abbreviatedStatement(), i.notes(), i.language(),
                    i.CFItemTypeURI(), i.lastChangeDateTime(), documentLink));
        }
        Map<String, CFAssociation> byId = new LinkedHashMap<>();
        for (CFPckgAssociation a : pckgAssociations) {
            byId.put(a.identifier(), new CFAssociation(a.identifier(), a.associationType(), a.sequenceNumber(), a.uri(),
                    a.originNodeURI(), a.destinationNodeURI(), a.lastChangeDateTime(), documentLink));
        }
        Map<String, CFItemType> typesById = new LinkedHashMap<>();
        types.forEach(t -> typesById.put(t.identifier(), t));
        Map<String, CFRubric> rubricsById = new LinkedHashMap<>();
        rubrics.forEach(r -> rubricsById.put(r.identifier(), r));
        return new Built(version.id, framework.slug, version.version, document, pkg, Map.copyOf(items),
                Map.copyOf(itemsByNode), Map.copyOf(byId), Map.copyOf(typesById), Map.copyOf(rubricsById));
    }

    private CFDocument document() {
        Instant last = version.deprecatedAt != null && version.deprecatedAt.isAfter(version.publishedAt)
                ? version.deprecatedAt : version.publishedAt;
        String id = documentLink.identifier();
        return new CFDocument(id, documentLink.uri(), "1.1", CREATOR, CREATOR, framework.title, dateTime(last), framework.summary,
                framework.language, version.version,
                version.status == VersionStatus.DEPRECATED ? "Deprecated" : "Adopted",
                date(version.publishedAt), version.sunsetAt == null ? null : date(version.sunsetAt),
                CaseStatements.references(tree), new LinkURI(framework.title, id, uri("CFPackages", id)));
    }

    /** Codes of siblings: initials of the title for layers, elements and categories; the position otherwise. */
    private void assignCodes(String parentCode, List<NodeEntity> siblings) {
        Map<String, Integer> seen = new HashMap<>();
        Map<UUID, String> own = new LinkedHashMap<>();
        for (NodeEntity n : siblings) {
            String code = switch (n.type) {
                case PRINCIPLES -> "P";
                case OUTCOMES -> "O";
                case LAYER, ELEMENT, CATEGORY -> CaseStatements.initials(n.title != null ? n.title : n.slug);
                default -> Integer.toString(n.position);
            };
            own.put(n.nodeId, code);
            seen.merge(code, 1, Integer::sum);
        }
        for (NodeEntity n : siblings) {
            String code = own.get(n.nodeId);
            if (seen.get(code) > 1) {
                code = code + n.position; // two siblings with the same initials: the position tells them apart
            }
            codes.put(n.nodeId, parentCode == null ? code : parentCode + "." + code);
        }
    }

    private void addItem(NodeEntity n, NodeEntity parent) {
        CaseItemKind kind = CaseItemKind.of(n.type);
        if (kind == null) {
            return;
        }
        String id = CaseIds.item(version.id, n.nodeId);
        CFItemType type = itemTypes.computeIfAbsent(kind, k -> {
            String typeId = CaseIds.itemType(version.id, k.code());
            return new CFItemType(typeId, uri("CFItemTypes", typeId), k.title, k.description, k.hierarchyCode, k.code(), changed);
        });
        CFPckgItem item = new CFPckgItem(id, CaseStatements.fullStatement(n), n.type == NodeType.LAYER ? n.subtitle : null,
                kind.title, uri("CFItems", id), codes.get(n.nodeId), Integer.toString(n.position),
                CaseStatements.abbreviated(n), CaseStatements.notes(tree, n), framework.language,
                new LinkURI(type.title(), type.identifier(), type.uri()), changed);
        itemsByNode.put(n.nodeId, item);
        LinkGenURI destination = parent == null
                ? new LinkGenURI(documentLink.title(), documentLink.identifier(), documentLink.uri(), CaseAssociations.TARGET_CASE)
                : CaseAssociations.link(itemsByNode.get(parent.nodeId));
        associations.childOf(n.nodeId, parent == null ? "document" : parent.nodeId.toString(), n.position, item, destination);
        List<NodeEntity> children = childItems(n);
        assignCodes(codes.get(n.nodeId), children);
        for (NodeEntity child : children) {
            addItem(child, n);
        }
    }

    private List<NodeEntity> childItems(NodeEntity n) {
        return switch (n.type) {
            case LAYER -> tree.children(n, NodeType.ELEMENT);
            case ELEMENT -> tree.children(n, NodeType.CATEGORY);
            case CATEGORY -> tree.children(n, NodeType.ACTION);
            case PRINCIPLES -> tree.children(n, NodeType.PRINCIPLE);
            case OUTCOMES -> tree.children(n, NodeType.OUTCOME);
            default -> List.of();
        };
    }

    private String uri(String collection, String id) {
        return uri(base, collection, id);
    }

    /** The URI of a CASE object: {@code {base}/ims/case/v1p1/{collection}/{id}}, base without a trailing slash. */
    static String uri(String base, String collection, String id) {
        return base + BASE + "/" + collection + "/" + id;
    }

    static String dateTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String date(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
