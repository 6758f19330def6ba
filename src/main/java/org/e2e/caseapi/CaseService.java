package org.e2e.caseapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import org.e2e.caseapi.CaseCache.Entry;
import org.e2e.caseapi.CaseCache.Release;
import org.e2e.caseapi.CaseModel.CFAssociationSet;
import org.e2e.caseapi.CaseModel.CFPckgAssociation;
import org.e2e.config.ServiceConfig;
import org.e2e.framework.FrameworkVersionEntity;
import org.e2e.framework.NodeEntity;
import org.e2e.framework.VersionStatus;
import org.e2e.resource.ResourceEntity;
import org.e2e.resource.ResourceStatus;
import org.e2e.web.JsonRepresentation;
import org.e2e.web.JsonRepresentation.Encoded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The CASE provider: published and deprecated versions of every framework as CFDocuments and CFPackages with their
 * items, associations, item types and rubrics. Drafts are never exposed. Each request reads the released version
 * rows with one query; versions whose CASE records are cached with the same release state are served from
 * {@link CaseCache}, the others are built (all their nodes in one query, the resources in one more) and cached.
 */
@ApplicationScoped
public class CaseService {

    /** The properties of a CFDocument (CFDocumentDType), for filter, fields and sort. */
    static final Set<String> DOCUMENT_FIELDS = Set.of("identifier", "uri", "frameworkType", "caseVersion", "creator",
            "title", "lastChangeDateTime", "officialSourceURL", "publisher", "description", "subject", "subjectURI",
            "language", "version", "adoptionStatus", "statusStartDate", "statusEndDate", "licenseURI", "notes",
            "extensions", "CFPackageURI");
    static final Set<String> SORTABLE_FIELDS = Set.of("identifier", "uri", "frameworkType", "caseVersion", "creator",
            "title", "lastChangeDateTime", "officialSourceURL", "publisher", "description", "language", "version",
            "adoptionStatus", "statusStartDate", "statusEndDate", "notes");

    private final CaseCache cache;
    private final JsonRepresentation json;
    private final ObjectMapper objectMapper;
    private final String publicBaseUrl;

    public CaseService(CaseCache cache, JsonRepresentation json, ObjectMapper objectMapper, ServiceConfig config) {
        this.cache = cache;
        this.json = json;
        this.objectMapper = objectMapper;
        this.publicBaseUrl = config.publicBaseUrl();
    }

    /** A page of CFDocuments with the total before paging. */
    public record DocumentPage(Encoded body, int total) {
    }

    public DocumentPage documents(String filter, String fields, String sort, String orderBy, int limit, int offset) {
        Predicate<JsonNode> where = CaseQuery.filter(filter, DOCUMENT_FIELDS);
        List<String> selected = CaseQuery.fields(fields, DOCUMENT_FIELDS);
        var order = CaseQuery.sort(sort, orderBy, SORTABLE_FIELDS);
        List<ObjectNode> matching = released().stream()
                .map(e -> (ObjectNode) objectMapper.valueToTree(e.built().document()))
                .filter(where)
                .sorted(order)
                .toList();
        ArrayNode page = objectMapper.createArrayNode();
        matching.stream().skip(offset).limit(limit).forEach(d -> page.add(CaseQuery.select(d, selected)));
        if (page.isEmpty()) {
            // CFDocumentSetDType requires at least one document: an empty page is reported, not sent.
            throw CaseException.notFound(filter != null && matching.isEmpty() ? "filter" : "offset", "unknownobject",
                    matching.isEmpty() ? "No CFDocument matches the request (" + matching.size() + " of "
                            + "the released versions)." : "The offset " + offset + " is past the last of the "
                            + matching.size() + " CFDocuments.");
        }
        ObjectNode set = objectMapper.createObjectNode();
        set.set("CFDocuments", page);
        return new DocumentPage(json.encode(set), matching.size());
    }

    public Encoded document(String sourcedId) {
        String id = CaseIds.require(sourcedId);
        return released().stream().filter(e -> e.built().document().identifier().equals(id)).findFirst()
                .map(Entry::document).orElseThrow(() -> CaseException.unknownObject("CFDocument", id));
    }

    public Encoded pkg(String sourcedId) {
        String id = CaseIds.require(sourcedId);
        return released().stream().filter(e -> e.built().document().identifier().equals(id)).findFirst()
                .map(Entry::pkg).orElseThrow(() -> CaseException.unknownObject("CFPackage", id));
    }

    public Encoded item(String sourcedId) {
        return object("CFItem", "item:", sourcedId);
    }

    public Encoded association(String sourcedId) {
        return object("CFAssociation", "association:", sourcedId);
    }

    public Encoded itemType(String sourcedId) {
        return object("CFItemType", "itemType:", sourcedId);
    }

    public Encoded rubric(String sourcedId) {
        return object("CFRubric", "rubric:", sourcedId);
    }

    /** The item with every association, in any released version's package, whose origin or destination it is. */
    public Encoded itemAssociations(String sourcedId) {
        String id = CaseIds.require(sourcedId);
        List<Entry> released = released();
        var item = released.stream().map(e -> e.built().items().get(id)).filter(Objects::nonNull).findFirst()
                .orElseThrow(() -> CaseException.unknownObject("CFItem", id));
        List<CFPckgAssociation> associations = new ArrayList<>();
        for (Entry e : released) {
            for (CFPckgAssociation a : e.built().pkg().CFAssociations()) {
                if (a.originNodeURI().identifier().equals(id) || a.destinationNodeURI().identifier().equals(id)) {
                    associations.add(a);
                }
            }
        }
        return json.encode(new CFAssociationSet(item, associations));
    }

    /** Objects that no version has (concepts, subjects, licences, association groupings): always unknown. */
    public Encoded none(String kind, String sourcedId) {
        String id = CaseIds.require(sourcedId);
        throw CaseException.unknownObject(kind, id);
    }

    private Encoded object(String kind, String prefix, String sourcedId) {
        String id = CaseIds.require(sourcedId);
        for (Entry e : released()) {
            Encoded found = e.objects().get(prefix + id);
            if (found != null) {
                return found;
            }
        }
        throw CaseException.unknownObject(kind, id);
    }

    /**
     * Every released version, oldest first within each framework, with its CASE records: from the cache when built
     * from the same release state, else built now (stale versions' nodes in one query).
     */
    List<Entry> released() {
        List<FrameworkVersionEntity> versions = FrameworkVersionEntity.<FrameworkVersionEntity>find(
                "select v from FrameworkVersionEntity v join fetch v.framework f where v.status <> ?1 "
                        + "order by f.slug, v.major, v.minor, v.patch", VersionStatus.DRAFT).list();
        Map<UUID, Release> releases = new LinkedHashMap<>();
        FrameworkVersionEntity previous = null;
        List<UUID> stale = new ArrayList<>();
        for (FrameworkVersionEntity v : versions) {
            UUID predecessor = previous != null && previous.framework.id.equals(v.framework.id) ? previous.id : null;
            Release release = new Release(v.status, v.publishedAt, v.deprecatedAt, v.sunsetAt, predecessor);
            releases.put(v.id, release);
            Entry cached = cache.get(v.id);
            if (cached == null || !cached.release().equals(release)) {
                stale.add(v.id);
            }
            previous = v;
        }
        Map<UUID, List<NodeEntity>> nodes = new HashMap<>();
        List<ResourceEntity> resources = List.of();
        if (!stale.isEmpty()) {
            for (NodeEntity n : NodeEntity.<NodeEntity>list("versionId in ?1", stale)) {
                nodes.computeIfAbsent(n.versionId, k -> new ArrayList<>()).add(n);
            }
            resources = ResourceEntity.<ResourceEntity>list("status = ?1 order by slug", ResourceStatus.PUBLISHED);
        }
        List<Entry> out = new ArrayList<>();
        Map<UUID, Entry> built = new HashMap<>();
        for (FrameworkVersionEntity v : versions) {
            Release release = releases.get(v.id);
            Entry entry = stale.contains(v.id) ? null : cache.get(v.id);
            if (entry == null) {
                Entry before = release.predecessor() == null ? null : built.get(release.predecessor());
                entry = encode(release, CaseMapper.build(publicBaseUrl, v.framework, v, nodes.getOrDefault(v.id, List.of()),
                        before == null ? null : before.built(), resources));
                cache.put(v.id, entry);
            }
            built.put(v.id, entry);
            out.add(entry);
        }
        return out;
    }

    private Entry encode(Release release, CaseMapper.Built b) {
        Map<String, Encoded> objects = new HashMap<>();
        put(objects, "item:", b.items(), json::encode);
        put(objects, "association:", b.associations(), json::encode);
        put(objects, "itemType:", b.itemTypes(), json::encode);
        put(objects, "rubric:", b.rubrics(), json::encode);
        return new Entry(release, b, json.encode(b.document()), json.encode(b.pkg()), Map.copyOf(objects));
    }

    private static <T> void put(Map<String, Encoded> objects, String prefix, Map<String, T> values, Function<Object, Encoded> encode) {
        values.forEach((id, value) -> objects.put(prefix + id, encode.apply(value)));
    }
}
