package org.e2e.caseapi;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.e2e.caseapi.CaseModel.CFRubricCriterion;
import org.e2e.caseapi.CaseModel.CFRubricCriterionLevel;
import org.e2e.caseapi.CaseModel.LinkGenURI;
import org.e2e.caseapi.CaseModel.LinkURI;
import org.e2e.framework.FrameworkEntity;
import org.e2e.framework.FrameworkTreeMapper;
import org.e2e.framework.FrameworkVersionEntity;
import org.e2e.framework.NodeEntity;
import org.e2e.framework.NodeType;
import org.e2e.framework.VersionStatus;
import org.e2e.resource.ResourceEntity;
import org.e2e.resource.ResourceMapper;
import org.e2e.resource.Rubric;

/**
 * The one place where framework nodes and library resources become CASE records. It is pure: given one released
 * version's mapped tree, its predecessor's built records and the resources, it returns every CASE record of the
 * version. The mapping is documented in docs/case.md.
 */
public final class CaseMapper {

    public static final String BASE = "/ims/case/v1p1";
    /**
     * Who the CFDocument names as creator and publisher: the toolkit the framework is published in (seed 001's
     * title); the sources name no organisation.
     */
    public static final String CREATOR = "The Educator-to-Educator Relationships Toolkit";
    static final String TARGET_CASE = "CASE";
    static final String TARGET_RESOURCE = "ext:E2EResource";

    /** Item types: title, hierarchy code, description. */
    enum ItemKind {
        LAYER("Layer", "1", "A layer of the framework: Roots, Soil, Bedrock or Environment."),
        ELEMENT("Element", "2", "An element of a layer, such as Beliefs."),
        CATEGORY("Category", "3", "A category of an element, such as Trust; its notes hold the educator quote and the research narrative."),
        ACTION("Action", "4", "A recommended action of a category."),
        SECTION("Section", "1", "The Framework Principles or the Positive Outcomes, as a whole."),
        PRINCIPLE("Principle", "2", "One Framework Principle."),
        OUTCOME("Outcome", "2", "One Positive Outcome.");

        final String title;
        final String hierarchyCode;
        final String description;

        ItemKind(String title, String hierarchyCode, String description) {
            this.title = title;
            this.hierarchyCode = hierarchyCode;
            this.description = description;
        }

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static ItemKind of(NodeType type) {
            return switch (type) {
                case LAYER -> LAYER;
                case ELEMENT -> ELEMENT;
                case CATEGORY -> CATEGORY;
                case ACTION -> ACTION;
                case PRINCIPLES, OUTCOMES -> SECTION;
                case PRINCIPLE -> PRINCIPLE;
                case OUTCOME -> OUTCOME;
                default -> null; // quotes, narratives and references are not items
            };
        }
    }

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
    private final Map<ItemKind, CFItemType> itemTypes = new LinkedHashMap<>();
    private final List<CFPckgAssociation> associations = new ArrayList<>();

    private CaseMapper(String publicBaseUrl, FrameworkEntity framework, FrameworkVersionEntity version, FrameworkTreeMapper tree) {
        this.base = publicBaseUrl.replaceAll("/+$", "");
        this.framework = framework;
        this.version = version;
        this.tree = tree;
        this.changed = dateTime(version.publishedAt);
        String documentId = CaseIds.document(version.id);
        this.documentLink = new LinkURI(framework.title, documentId, uri("CFDocuments", documentId));
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
        List<CFRubric> rubrics = relatedResources(resources);
        if (predecessor != null) {
            versionLinks(predecessor);
        }

        CFDocument document = document();
        CFPckgDocument pckgDocument = new CFPckgDocument(document.identifier(), document.uri(), document.caseVersion(),
                document.creator(), document.publisher(), document.title(), document.lastChangeDateTime(), document.description(),
                document.language(), document.version(), document.adoptionStatus(), document.statusStartDate(),
                document.statusEndDate(), document.notes());
        List<CFItemType> types = List.copyOf(itemTypes.values());
        CFPackage pkg = new CFPackage(pckgDocument, List.copyOf(itemsByNode.values()), List.copyOf(associations),
                new CFDefinition(types), rubrics.isEmpty() ? null : rubrics);

        Map<String, CFItem> items = new LinkedHashMap<>();
        for (CFPckgItem i : itemsByNode.values()) {
            items.put(i.identifier(), new CFItem(i.identifier(), i.fullStatement(), i.alternativeLabel(), i.CFItemType(),
                    i.uri(), i.humanCodingScheme(), i.listEnumeration(), i.abbreviatedStatement(), i.notes(), i.language(),
                    i.CFItemTypeURI(), i.lastChangeDateTime(), documentLink));
        }
        Map<String, CFAssociation> byId = new LinkedHashMap<>();
        for (CFPckgAssociation a : associations) {
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
                date(version.publishedAt), version.sunsetAt == null ? null : date(version.sunsetAt), references(),
                new LinkURI(framework.title, id, uri("CFPackages", id)));
    }

    /** The reference list, one "number. citation" a line, as the document's notes. */
    private String references() {
        List<NodeEntity> sections = tree.rootsOf(NodeType.REFERENCES);
        if (sections.isEmpty()) {
            return null;
        }
        StringBuilder notes = new StringBuilder(sections.get(0).title == null ? "References" : sections.get(0).title);
        for (NodeEntity r : tree.children(sections.get(0), NodeType.REFERENCE)) {
            notes.append('\n').append(r.number).append(". ").append(r.body);
        }
        return notes.toString();
    }

    /** Codes of siblings: initials of the title for layers, elements and categories; the position otherwise. */
    private void assignCodes(String parentCode, List<NodeEntity> siblings) {
        Map<String, Integer> seen = new HashMap<>();
        Map<UUID, String> own = new LinkedHashMap<>();
        for (NodeEntity n : siblings) {
            String code = switch (n.type) {
                case PRINCIPLES -> "P";
                case OUTCOMES -> "O";
                case LAYER, ELEMENT, CATEGORY -> initials(n.title != null ? n.title : n.slug);
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

    /** "Affirm Values" → AV, "Under-appreciation of the Teaching Profession" → UTP: capitalised words' first letters. */
    static String initials(String title) {
        StringBuilder out = new StringBuilder();
        for (String word : title.split("[\\s\\-–—/]+")) {
            if (!word.isEmpty() && (Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0)))) {
                out.appendCodePoint(word.codePointAt(0));
            }
        }
        return out.length() > 0 ? out.toString() : title.substring(0, 1).toUpperCase(Locale.ROOT);
    }

    private void addItem(NodeEntity n, NodeEntity parent) {
        ItemKind kind = ItemKind.of(n.type);
        if (kind == null) {
            return;
        }
        String id = CaseIds.item(version.id, n.nodeId);
        CFItemType type = itemTypes.computeIfAbsent(kind, k -> {
            String typeId = CaseIds.itemType(version.id, k.code());
            return new CFItemType(typeId, uri("CFItemTypes", typeId), k.title, k.description, k.hierarchyCode, k.code(), changed);
        });
        CFPckgItem item = new CFPckgItem(id, fullStatement(n), n.type == NodeType.LAYER ? n.subtitle : null, kind.title,
                uri("CFItems", id), codes.get(n.nodeId), Integer.toString(n.position), abbreviated(n), notes(n),
                framework.language, new LinkURI(type.title(), type.identifier(), type.uri()), changed);
        itemsByNode.put(n.nodeId, item);
        LinkGenURI destination = parent == null
                ? new LinkGenURI(documentLink.title(), documentLink.identifier(), documentLink.uri(), TARGET_CASE)
                : link(itemsByNode.get(parent.nodeId));
        associations.add(association("isChildOf", n.nodeId.toString(), parent == null ? "document" : parent.nodeId.toString(),
                n.position, link(item), destination));
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

    private static String fullStatement(NodeEntity n) {
        String text = switch (n.type) {
            case LAYER, ELEMENT, PRINCIPLES, OUTCOMES -> n.description;
            case CATEGORY -> n.title;
            default -> n.body;
        };
        if (text == null || text.isBlank()) {
            text = n.title != null ? n.title : n.slug;
        }
        return text;
    }

    private static String abbreviated(NodeEntity n) {
        return switch (n.type) {
            case LAYER, ELEMENT, CATEGORY, PRINCIPLES, OUTCOMES, PRINCIPLE -> n.title;
            case OUTCOME -> n.title != null ? n.title : abbreviation(n.body);
            case ACTION -> abbreviation(n.body);
            default -> null;
        };
    }

    /** A natural break near the start of a statement: up to 60 characters before a colon or dash. */
    private static final Pattern LEAD = Pattern.compile("^([^:–—]{3,60}?)\\s*[:–—]");

    /**
     * A statement's own opening words: its lead-in before a colon or dash ("Be reliable", "Walk the talk"), else
     * its first words up to a natural break, cut with an ellipsis. Never words that the statement does not have.
     */
    static String abbreviation(String statement) {
        if (statement == null || statement.isBlank()) {
            return null;
        }
        Matcher lead = LEAD.matcher(statement);
        if (lead.find()) {
            return lead.group(1).strip();
        }
        String[] words = statement.strip().split("\\s+");
        if (words.length <= 8) {
            return statement.strip();
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            String word = words[i];
            out.append(i == 0 ? "" : " ").append(word);
            if (i >= 3 && (word.endsWith(",") || word.endsWith(";"))) {
                break;
            }
        }
        return out.toString().replaceAll("[,;.]$", "") + "…";
    }

    /** A category's quote and research narrative; the outcomes' quote. Verbatim, separated by a blank line. */
    private String notes(NodeEntity n) {
        if (n.type != NodeType.CATEGORY && n.type != NodeType.OUTCOMES) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (NodeEntity quote : tree.children(n, NodeType.QUOTE)) {
            StringBuilder q = new StringBuilder("“").append(quote.body).append("”");
            if (quote.attribution != null) {
                q.append(" —").append(quote.attribution);
                if (quote.context != null) {
                    q.append(", ").append(quote.context);
                }
            }
            parts.add(q.toString());
        }
        tree.children(n, NodeType.NARRATIVE).forEach(narrative -> parts.add(narrative.body));
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    /**
     * isRelatedTo from each item to each resource that supports its node. A rubric resource is reached as its CFRubric
     * (and the rubric is put in the package); any other resource as its page in the resource API.
     */
    private List<CFRubric> relatedResources(List<ResourceEntity> resources) {
        List<CFRubric> rubrics = new ArrayList<>();
        for (ResourceEntity r : resources) {
            CFRubric rubric = r.rubric == null ? null : rubric(base, r);
            LinkGenURI target = rubric == null
                    ? new LinkGenURI(r.title, r.id.toString(), base + ResourceMapper.RESOURCES + "/" + r.slug, TARGET_RESOURCE)
                    : new LinkGenURI(rubric.title(), rubric.identifier(), rubric.uri(), TARGET_CASE);
            boolean related = false;
            Set<UUID> done = new HashSet<>();
            for (UUID nodeId : r.nodeIds) {
                CFPckgItem item = itemsByNode.get(nodeId);
                if (item != null && done.add(nodeId)) {
                    associations.add(association("isRelatedTo", nodeId.toString(), r.id.toString(), null, link(item), target));
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
    private void versionLinks(Built predecessor) {
        for (Map.Entry<UUID, CFPckgItem> e : itemsByNode.entrySet()) {
            CFPckgItem before = predecessor.itemsByNode().get(e.getKey());
            if (before == null) {
                continue;
            }
            CFPckgItem now = e.getValue();
            String key = e.getKey().toString();
            String previous = predecessor.versionId().toString();
            if (now.content().equals(before.content())) {
                associations.add(association("exactMatchOf", key, previous, null, link(now), link(before)));
            } else {
                associations.add(association("replacedBy", key, previous, null, link(before), link(now)));
            }
        }
    }

    private CFPckgAssociation association(String type, String originKey, String destinationKey, Integer sequence,
            LinkGenURI origin, LinkGenURI destination) {
        String id = CaseIds.association(version.id, type, originKey, destinationKey);
        return new CFPckgAssociation(id, type, sequence, uri("CFAssociations", id), origin, destination, changed);
    }

    private static LinkGenURI link(CFPckgItem item) {
        String title = item.abbreviatedStatement() != null ? item.abbreviatedStatement()
                : item.humanCodingScheme() != null ? item.humanCodingScheme() : item.fullStatement();
        return new LinkGenURI(title, item.identifier(), item.uri(), TARGET_CASE);
    }

    /** A rubric resource as a CFRubric: its criteria (practice components) and their levels, verbatim. */
    public static CFRubric rubric(String publicBaseUrl, ResourceEntity r) {
        String base = publicBaseUrl.replaceAll("/+$", "");
        String id = CaseIds.rubric(r.id);
        String rubricUri = base + BASE + "/CFRubrics/" + id;
        String changed = dateTime(r.updatedAt);
        List<CFRubricCriterion> criteria = new ArrayList<>();
        for (Rubric.Criterion c : r.rubric.criteria()) {
            String cid = CaseIds.criterion(r.id, c.slug());
            List<CFRubricCriterionLevel> levels = new ArrayList<>();
            for (Rubric.Level l : c.levels()) {
                String lid = CaseIds.level(r.id, c.slug(), l.position());
                levels.add(new CFRubricCriterionLevel(lid, rubricUri + "#" + lid, String.join("\n\n", l.paragraphs()),
                        l.name(), l.position(), cid, changed));
            }
            criteria.add(new CFRubricCriterion(cid, rubricUri + "#" + cid, c.title(), c.title(), c.position(), id, changed,
                    List.copyOf(levels)));
        }
        return new CFRubric(id, rubricUri, r.title, r.summary, changed, List.copyOf(criteria));
    }

    private String uri(String collection, String id) {
        return base + BASE + "/" + collection + "/" + id;
    }

    static String dateTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String date(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
