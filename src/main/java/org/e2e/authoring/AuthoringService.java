package org.e2e.authoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.e2e.audit.AuditService;
import org.e2e.auth.CurrentUser;
import org.e2e.content.ContentPackage;
import org.e2e.content.ContentPackageLoader;
import org.e2e.content.NodeIds;
import org.e2e.framework.ApiPaths;
import org.e2e.framework.FrameworkEntity;
import org.e2e.framework.FrameworkTreeMapper;
import org.e2e.framework.FrameworkTreeService;
import org.e2e.framework.PublishedRepresentationCache;
import org.e2e.framework.FrameworkVersionEntity;
import org.e2e.framework.NodeEntity;
import org.e2e.framework.NodeType;
import org.e2e.framework.NodeView;
import org.e2e.framework.VersionStatus;
import org.e2e.problem.Problem;
import org.e2e.problem.ProblemException;
import org.e2e.web.JsonRepresentation;
import org.e2e.web.Preconditions;
import org.e2e.web.QueryParameters;
import org.e2e.webhook.WebhookService;

/**
 * The rules and transactions of authoring: drafts, node edits with If-Match, publishing and deprecating. Every
 * write to a version first locks its row (SELECT ... FOR UPDATE), so writes to one draft are serialized and the
 * If-Match check sees the state the write will change. Every write is audited in its own transaction.
 */
@ApplicationScoped
public class AuthoringService {

    private static final Pattern SEMVER = Pattern.compile(ContentPackage.SEMVER);
    private static final Pattern SLUG = Pattern.compile(ContentPackage.SLUG);

    private final EntityManager em;
    private final JsonRepresentation json;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final FrameworkTreeService trees;
    private final WebhookService webhooks;
    private final ContentPackageLoader loader;
    private final PublishedRepresentationCache published;

    public AuthoringService(EntityManager em, JsonRepresentation json, AuditService audit, CurrentUser currentUser,
            FrameworkTreeService trees, WebhookService webhooks, ContentPackageLoader loader,
            PublishedRepresentationCache published) {
        this.published = published;
        this.em = em;
        this.json = json;
        this.audit = audit;
        this.currentUser = currentUser;
        this.trees = trees;
        this.webhooks = webhooks;
        this.loader = loader;
    }

    /** The node as a GET serves it, with the ETag a write must quote. */
    public record EditableNode(NodeView view, JsonRepresentation.Encoded encoded) {
    }

    // ---------------------------------------------------------------------------------------------- versions

    @Transactional
    public VersionDetail createDraft(String fw, CreateVersionRequest request) {
        FrameworkEntity framework = framework(fw);
        List<Problem.InvalidInput> errors = new ArrayList<>();
        String version = request == null ? null : request.version();
        String basedOn = request == null ? null : request.basedOn();
        if (version == null || !SEMVER.matcher(version).matches()) {
            errors.add(body("/version", QueryParameters.SEMVER_MESSAGE));
        } else if (FrameworkVersionEntity.findVersion(framework.id, version).isPresent()) {
            throw ProblemException.conflict("Framework '" + fw + "' already has a version '" + version + "'.");
        }
        FrameworkVersionEntity source = null;
        if (basedOn != null && !SEMVER.matcher(basedOn).matches()) {
            errors.add(body("/basedOn", QueryParameters.SEMVER_MESSAGE));
        } else if (basedOn != null) {
            source = FrameworkVersionEntity.findVersion(framework.id, basedOn).orElse(null);
            if (source == null) {
                errors.add(body("/basedOn", "names no version of framework '" + fw + "'"));
            }
        } else {
            source = FrameworkVersionEntity.findLatestPublished(framework.id).orElse(null);
            if (source == null) {
                errors.add(body("/basedOn", "is required: framework '" + fw + "' has no published version"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        FrameworkVersionEntity draft = FrameworkVersionEntity.newDraft(framework, version);
        draft.basedOn = source.version;
        draft.createdBy = currentUser.subject();
        draft.releaseNotes = request.releaseNotes();
        draft.persist();
        em.flush();
        // The deep copy: every node keeps its id, so a node has one identity across versions.
        em.createNativeQuery("INSERT INTO node (version_id, node_id, parent_id, type, slug, position, title, subtitle, "
                + "summary, metaphor, description, body, attribution, context, number, citations) "
                + "SELECT :draft, node_id, parent_id, type, slug, position, title, subtitle, summary, metaphor, "
                + "description, body, attribution, context, number, citations FROM node WHERE version_id = :source")
                .setParameter("draft", draft.id).setParameter("source", source.id).executeUpdate();
        em.refresh(draft);
        VersionDetail detail = detail(framework, draft);
        audit.record("version.create", fw, version, null, null, detail);
        return detail;
    }

    /** Creates a draft from a validated content package; the framework is created when it is new. */
    @Transactional
    public VersionDetail importDraft(String fw, ContentPackage pkg) {
        FrameworkEntity framework = FrameworkEntity.findBySlug(fw).orElse(null);
        FrameworkVersionEntity v = loader.insertDraft(pkg, framework, currentUser.subject());
        if (framework == null) {
            framework = FrameworkEntity.findBySlug(fw).orElseThrow();
        }
        em.refresh(v);
        VersionDetail detail = detail(framework, v);
        audit.record("version.import", fw, v.version, null, null, detail);
        return detail;
    }

    /** The problems an import has beyond the package's own validity: it must fit the path and be new. */
    @Transactional
    public List<Problem.InvalidInput> importConflicts(String fw, ContentPackage pkg) {
        List<Problem.InvalidInput> errors = new ArrayList<>();
        if (pkg.framework() != null && !fw.equals(pkg.framework().slug())) {
            errors.add(body("/framework/slug", "must be '" + fw + "', the framework of the path"));
        }
        FrameworkEntity framework = FrameworkEntity.findBySlug(fw).orElse(null);
        if (framework != null && pkg.version() != null && pkg.version().version() != null
                && FrameworkVersionEntity.findVersion(framework.id, pkg.version().version()).isPresent()) {
            errors.add(body("/version/version", "version '" + pkg.version().version() + "' already exists"));
        }
        return errors;
    }

    @Transactional
    public VersionDetail publish(String fw, String version, PublishRequest request) {
        FrameworkEntity framework = framework(fw);
        FrameworkVersionEntity v = lock(framework, version);
        if (v.status != VersionStatus.DRAFT) {
            throw ProblemException.immutable("Version " + version + " of framework '" + fw + "' is already " + v.status.value() + ".");
        }
        List<Problem.InvalidInput> errors = DraftValidator.validate(NodeEntity.listForVersion(v.id));
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("Version " + version + " cannot be published", errors);
        }
        String previous = FrameworkVersionEntity.findLatestPublished(framework.id).map(p -> p.version).orElse(null);
        VersionDetail before = detail(framework, v);
        v.status = VersionStatus.PUBLISHED;
        v.publishedAt = Instant.now();
        if (request != null && request.releaseNotes() != null) {
            v.releaseNotes = request.releaseNotes();
        }
        em.flush();
        trees.evict(v.id);
        published.announce(framework.slug);
        VersionDetail after = detail(framework, v);
        audit.record("version.publish", fw, version, null, before, after);
        webhooks.enqueue(framework.slug, v.version, "version.published", previous);
        return after;
    }

    @Transactional
    public VersionDetail deprecate(String fw, String version, DeprecateRequest request) {
        FrameworkEntity framework = framework(fw);
        Instant sunset = sunset(request == null ? null : request.sunset());
        FrameworkVersionEntity v = lock(framework, version);
        if (v.status != VersionStatus.PUBLISHED) {
            throw ProblemException.conflict("Only a published version can be deprecated; version " + version
                    + " of framework '" + fw + "' is " + v.status.value() + ".");
        }
        VersionDetail before = detail(framework, v);
        v.status = VersionStatus.DEPRECATED;
        v.deprecatedAt = Instant.now();
        v.sunsetAt = sunset;
        em.flush();
        trees.evict(v.id);
        published.announce(framework.slug);
        VersionDetail after = detail(framework, v);
        audit.record("version.deprecate", fw, version, null, before, after);
        webhooks.enqueue(framework.slug, v.version, "version.deprecated", null);
        return after;
    }

    private static Instant sunset(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return raw.length() == 10 ? LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(raw);
        } catch (DateTimeParseException e) {
            List<Problem.InvalidInput> errors = List.of(body("/sunset", "must be a date such as 2027-06-30 or an RFC 3339 instant"));
            throw ProblemException.unprocessable(errors);
        }
    }

    // ---------------------------------------------------------------------------------------------- nodes

    @Transactional
    public EditableNode createNode(String fw, String version, NodeInput in) {
        FrameworkEntity framework = framework(fw);
        FrameworkVersionEntity v = lockDraft(framework, version);
        List<NodeEntity> nodes = new ArrayList<>(NodeEntity.listForVersion(v.id));
        if (in == null || in.type() == null) {
            List<Problem.InvalidInput> errors = List.of(body("/type", "is required to create a node"));
            throw ProblemException.unprocessable(errors);
        }
        NodeEntity node = new NodeEntity();
        node.versionId = v.id;
        node.nodeId = NodeIds.v5("framework/" + fw + "/created-node/" + UUID.randomUUID());
        node.type = in.type();
        node.position = Integer.MAX_VALUE;
        check(nodes, node, in, true);
        NodeRules.apply(in, node);
        node.slug = in.slug();
        node.parentId = in.parentId();
        place(nodes, node, in.position(), null, null);
        node.persist();
        nodes.add(node);
        em.flush();
        EditableNode after = editable(framework, v, nodes, node);
        audit.record("node.create", fw, version, node.nodeId, null, after.view());
        return after;
    }

    @Transactional
    public EditableNode replaceNode(String fw, String version, UUID id, String ifMatch, NodeInput in) {
        FrameworkEntity framework = framework(fw);
        FrameworkVersionEntity v = lockDraft(framework, version);
        List<NodeEntity> nodes = NodeEntity.listForVersion(v.id);
        NodeEntity node = find(nodes, id, fw, version);
        EditableNode before = editable(framework, v, nodes, node);
        requireMatch(ifMatch, before);
        if (in == null) {
            throw ProblemException.invalidBody("", "a node is required");
        }
        if (in.id() != null && !in.id().equals(id)) {
            List<Problem.InvalidInput> errors = List.of(body("/id", "must be " + id + ", the id of the path"));
            throw ProblemException.unprocessable(errors);
        }
        if (in.type() != null && in.type() != node.type) {
            List<Problem.InvalidInput> errors = List.of(body("/type", "cannot change: the node is a " + node.type.value()));
            throw ProblemException.unprocessable(errors);
        }
        check(nodes, node, in, false);
        UUID oldParent = node.parentId;
        int oldPosition = node.position;
        NodeRules.apply(in, node);
        node.slug = in.slug();
        node.parentId = in.parentId();
        place(nodes, node, in.position() == null && Objects.equals(oldParent, in.parentId()) ? oldPosition : in.position(),
                oldParent, node);
        em.flush();
        EditableNode after = editable(framework, v, nodes, node);
        audit.record("node.update", fw, version, id, before.view(), after.view());
        return after;
    }

    /** The editable JSON of a node: the node as GET returns it, without the read-only path and self. */
    @Transactional
    public EditableNode current(String fw, String version, UUID id) {
        FrameworkEntity framework = framework(fw);
        FrameworkVersionEntity v = FrameworkVersionEntity.findVersion(framework.id, version)
                .orElseThrow(() -> ProblemException.notFound("Framework '" + fw + "' has no version '" + version + "'."));
        List<NodeEntity> nodes = NodeEntity.listForVersion(v.id);
        return editable(framework, v, nodes, find(nodes, id, fw, version));
    }

    @Transactional
    public DeleteResult deleteNode(String fw, String version, UUID id, String ifMatch) {
        FrameworkEntity framework = framework(fw);
        FrameworkVersionEntity v = lockDraft(framework, version);
        List<NodeEntity> nodes = new ArrayList<>(NodeEntity.listForVersion(v.id));
        NodeEntity node = find(nodes, id, fw, version);
        EditableNode before = editable(framework, v, nodes, node);
        requireMatch(ifMatch, before);
        List<UUID> removed = new ArrayList<>();
        collect(nodes, node.nodeId, removed);
        NodeEntity.delete("versionId = ?1 and nodeId in ?2", v.id, removed);
        nodes.removeIf(n -> removed.contains(n.nodeId));
        renumber(siblings(nodes, node.parentId, node.type, null));
        em.flush();
        audit.record("node.delete", fw, version, id, before.view(), null);
        return new DeleteResult(id, removed.size(), removed);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private EditableNode editable(FrameworkEntity framework, FrameworkVersionEntity v, List<NodeEntity> nodes, NodeEntity node) {
        NodeView view = FrameworkTreeMapper.of(framework, v, nodes).nodeView(node);
        return new EditableNode(view, json.encode(view));
    }

    private static void requireMatch(String ifMatch, EditableNode current) {
        Preconditions.requireMatch(ifMatch, current.encoded().etag(), "the node");
    }

    /** Structural rules checked on every write; completeness of text fields is checked when publishing. */
    private static void check(List<NodeEntity> nodes, NodeEntity node, NodeInput in, boolean creating) {
        List<Problem.InvalidInput> errors = new ArrayList<>();
        NodeType type = node.type;
        if (in.slug() == null || in.slug().length() > 200 || !SLUG.matcher(in.slug()).matches()) {
            errors.add(body("/slug", "must be a slug of lowercase letters, digits and single hyphens"));
        }
        for (String field : NodeRules.CONTENT_FIELDS) {
            if (!NodeRules.fields(type).contains(field) && !NodeRules.blank(NodeRules.value(in, field))) {
                errors.add(body("/" + field, "is not a field of a " + type.value()));
            }
        }
        if (in.citations() != null && in.citations().stream().anyMatch(c -> c == null || c < 1)) {
            errors.add(body("/citations", "must be reference numbers of at least 1"));
        }
        if (in.number() != null && in.number() < 1) {
            errors.add(body("/number", "must be at least 1"));
        }
        if (in.position() != null && in.position() < 1) {
            errors.add(body("/position", "must be at least 1"));
        }
        NodeEntity parent = in.parentId() == null ? null
                : nodes.stream().filter(n -> n.nodeId.equals(in.parentId())).findFirst().orElse(null);
        Set<NodeType> parentTypes = NodeRules.parents(type);
        if (in.parentId() != null && parent == null) {
            errors.add(body("/parentId", "names no node of this version"));
        } else if (parentTypes.isEmpty() && parent != null) {
            errors.add(body("/parentId", "must be absent: a " + type.value() + " is at the top of the tree"));
        } else if (!parentTypes.isEmpty() && (parent == null || !parentTypes.contains(parent.type))) {
            errors.add(body("/parentId", "must name a " + parentTypes.stream().map(NodeType::value).sorted()
                    .reduce((a, b) -> a + " or " + b).orElse("") + " for a " + type.value()));
        } else if (parent != null && !creating && descendsFrom(nodes, parent, node.nodeId)) {
            errors.add(body("/parentId", "cannot be the node itself or one of its descendants"));
        }
        if (errors.isEmpty()) {
            boolean versionWide = type == NodeType.LAYER || type == NodeType.ELEMENT;
            boolean taken = nodes.stream().anyMatch(n -> n != node && n.type == type && n.slug.equals(in.slug())
                    && (versionWide || Objects.equals(n.parentId, in.parentId())));
            if (taken) {
                errors.add(body("/slug", "'" + in.slug() + "' is already used by another " + type.value()
                        + (versionWide ? " of this version" : " under this parent")));
            }
            if (NodeRules.single(type) && nodes.stream().anyMatch(n -> n != node && n.type == type
                    && Objects.equals(n.parentId, in.parentId()))) {
                errors.add(body("/type", "this parent already has a " + type.value()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
    }

    private static boolean descendsFrom(List<NodeEntity> nodes, NodeEntity candidate, UUID ancestor) {
        Map<UUID, NodeEntity> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.nodeId, n));
        Set<UUID> seen = new HashSet<>();
        for (NodeEntity n = candidate; n != null && seen.add(n.nodeId); n = n.parentId == null ? null : byId.get(n.parentId)) {
            if (n.nodeId.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Puts the node at {@code position} among its siblings of the same type (the end when absent); the siblings
     * shift and both the old and the new sibling lists are renumbered 1..n without gaps.
     */
    private static void place(List<NodeEntity> nodes, NodeEntity node, Integer position, UUID oldParent, NodeEntity existing) {
        if (existing != null && !Objects.equals(oldParent, node.parentId)) {
            renumber(siblings(nodes, oldParent, node.type, node));
        }
        List<NodeEntity> siblings = siblings(nodes, node.parentId, node.type, node);
        if (position != null && position > siblings.size() + 1) {
            List<Problem.InvalidInput> errors = List.of(body("/position", "must be between 1 and " + (siblings.size() + 1)));
            throw ProblemException.unprocessable(errors);
        }
        int index = position == null ? siblings.size() : position - 1;
        siblings.add(index, node);
        renumber(siblings);
    }

    private static List<NodeEntity> siblings(List<NodeEntity> nodes, UUID parent, NodeType type, NodeEntity except) {
        return new ArrayList<>(nodes.stream()
                .filter(n -> n != except && n.type == type && Objects.equals(n.parentId, parent))
                .sorted(Comparator.comparingInt(n -> n.position))
                .toList());
    }

    private static void renumber(List<NodeEntity> siblings) {
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).position != i + 1) {
                siblings.get(i).position = i + 1;
            }
        }
    }

    private static void collect(List<NodeEntity> nodes, UUID id, List<UUID> out) {
        out.add(id);
        nodes.stream().filter(n -> id.equals(n.parentId)).forEach(child -> collect(nodes, child.nodeId, out));
    }

    private static NodeEntity find(List<NodeEntity> nodes, UUID id, String fw, String version) {
        return nodes.stream().filter(n -> n.nodeId.equals(id)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Version " + version + " of framework '" + fw + "' has no node " + id + "."));
    }

    private static FrameworkVersionEntity lock(FrameworkEntity framework, String version) {
        return FrameworkVersionEntity.findVersionForUpdate(framework.id, version)
                .orElseThrow(() -> ProblemException.notFound("Framework '" + framework.slug + "' has no version '" + version + "'."));
    }

    private static FrameworkVersionEntity lockDraft(FrameworkEntity framework, String version) {
        FrameworkVersionEntity v = lock(framework, version);
        if (v.status != VersionStatus.DRAFT) {
            throw ProblemException.immutable("Version " + version + " of framework '" + framework.slug + "' is "
                    + v.status.value() + " and never changes. Create a draft (POST " + ApiPaths.versions(framework.slug)
                    + ") and edit that.");
        }
        return v;
    }

    private FrameworkEntity framework(String fw) {
        return FrameworkEntity.findBySlug(fw).orElseThrow(() -> ProblemException.notFound("There is no framework '" + fw + "'."));
    }

    static VersionDetail detail(FrameworkEntity f, FrameworkVersionEntity v) {
        String self = ApiPaths.tree(f.slug, v.version);
        return new VersionDetail(f.slug, v.version, v.status, v.basedOn, v.releaseNotes, v.createdBy, v.createdAt,
                v.publishedAt, v.deprecatedAt, v.sunsetAt, new VersionDetail.Links(self, self + "/export",
                        v.basedOn == null ? null : self + "/changes?since=" + v.basedOn));
    }

    static Problem.InvalidInput body(String pointer, String detail) {
        return new Problem.InvalidInput("body", pointer, detail);
    }

}
