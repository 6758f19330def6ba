package org.e2e.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.e2e.audit.AuditService;
import org.e2e.framework.FrameworkEntity;
import org.e2e.framework.FrameworkTreeMapper;
import org.e2e.framework.FrameworkVersionEntity;
import org.e2e.framework.NodeEntity;
import org.e2e.framework.NodeIds;
import org.e2e.framework.NodeView;
import org.e2e.problem.ProblemException;
import org.e2e.web.EditableDocuments;
import org.e2e.web.EditableDocuments.Editable;
import org.e2e.web.JsonRepresentation;
import org.e2e.web.Preconditions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Node edits of a draft, each one transaction: lock the version, check If-Match against the node as a GET serves
 * it, merge (PATCH), check the structural rules, place, save and audit.
 */
@ApplicationScoped
public class NodeService {

    /** The members of a node as served that a client cannot write. */
    private static final List<String> READ_ONLY = List.of("path", "self");

    private final EntityManager em;
    private final JsonRepresentation json;
    private final AuditService audit;
    private final ObjectMapper objectMapper;

    public NodeService(EntityManager em, JsonRepresentation json, AuditService audit, ObjectMapper objectMapper) {
        this.em = em;
        this.json = json;
        this.audit = audit;
        this.objectMapper = objectMapper;
    }

    @Transactional
    public Editable<NodeView> createNode(String fw, String version, NodeInput in) {
        FrameworkEntity framework = Drafts.framework(fw);
        FrameworkVersionEntity v = Drafts.lockDraft(framework, version);
        List<NodeEntity> nodes = new ArrayList<>(NodeEntity.listForVersion(v.id));
        if (in == null || in.type() == null) {
            throw Drafts.invalid("/type", "is required to create a node");
        }
        NodeEntity node = new NodeEntity();
        node.versionId = v.id;
        node.nodeId = NodeIds.v5("framework/" + fw + "/created-node/" + UUID.randomUUID());
        node.type = in.type();
        node.position = Integer.MAX_VALUE;
        NodeChecks.check(nodes, node, in, true);
        NodeRules.apply(in, node);
        node.slug = in.slug();
        node.parentId = in.parentId();
        NodePlacement.place(nodes, node, in.position(), null, false);
        node.persist();
        nodes.add(node);
        em.flush();
        Editable<NodeView> after = editable(framework, v, nodes, node);
        audit.record("node.create", fw, version, node.nodeId, null, after.document());
        return after;
    }

    @Transactional
    public Editable<NodeView> replaceNode(String fw, String version, UUID id, String ifMatch, NodeInput in) {
        FrameworkEntity framework = Drafts.framework(fw);
        FrameworkVersionEntity v = Drafts.lockDraft(framework, version);
        List<NodeEntity> nodes = NodeEntity.listForVersion(v.id);
        NodeEntity node = find(nodes, id, fw, version);
        return replace(framework, v, nodes, node, editable(framework, v, nodes, node), ifMatch, in);
    }

    /**
     * An RFC 7396 merge patch of the node as a GET serves it (without the read-only path and self), applied to the
     * state the If-Match check sees, in the same transaction.
     */
    @Transactional(rollbackOn = JsonProcessingException.class)
    public Editable<NodeView> patchNode(String fw, String version, UUID id, String ifMatch, JsonNode patch)
            throws JsonProcessingException {
        FrameworkEntity framework = Drafts.framework(fw);
        FrameworkVersionEntity v = Drafts.lock(framework, version);
        List<NodeEntity> nodes = NodeEntity.listForVersion(v.id);
        NodeEntity node = find(nodes, id, fw, version);
        Editable<NodeView> before = editable(framework, v, nodes, node);
        ObjectNode current = objectMapper.valueToTree(before.document());
        current.remove(READ_ONLY);
        NodeInput merged = EditableDocuments.merge(objectMapper, current, patch, NodeInput.class);
        Drafts.requireDraft(framework, v);
        return replace(framework, v, nodes, node, before, ifMatch, merged);
    }

    @Transactional
    public DeleteResult deleteNode(String fw, String version, UUID id, String ifMatch) {
        FrameworkEntity framework = Drafts.framework(fw);
        FrameworkVersionEntity v = Drafts.lockDraft(framework, version);
        List<NodeEntity> nodes = new ArrayList<>(NodeEntity.listForVersion(v.id));
        NodeEntity node = find(nodes, id, fw, version);
        Editable<NodeView> before = editable(framework, v, nodes, node);
        requireMatch(ifMatch, before);
        List<UUID> removed = NodePlacement.subtree(nodes, node.nodeId);
        NodeEntity.delete("versionId = ?1 and nodeId in ?2", v.id, removed);
        nodes.removeIf(n -> removed.contains(n.nodeId));
        NodePlacement.renumber(NodePlacement.siblings(nodes, node.parentId, node.type, null));
        em.flush();
        audit.record("node.delete", fw, version, id, before.document(), null);
        return new DeleteResult(id, removed.size(), removed);
    }

    private Editable<NodeView> replace(FrameworkEntity framework, FrameworkVersionEntity v, List<NodeEntity> nodes,
            NodeEntity node, Editable<NodeView> before, String ifMatch, NodeInput in) {
        requireMatch(ifMatch, before);
        UUID id = node.nodeId;
        if (in == null) {
            throw ProblemException.invalidBody("", "a node is required");
        }
        if (in.id() != null && !in.id().equals(id)) {
            throw Drafts.invalid("/id", "must be " + id + ", the id of the path");
        }
        if (in.type() != null && in.type() != node.type) {
            throw Drafts.invalid("/type", "cannot change: the node is a " + node.type.value());
        }
        NodeChecks.check(nodes, node, in, false);
        UUID oldParent = node.parentId;
        int oldPosition = node.position;
        NodeRules.apply(in, node);
        node.slug = in.slug();
        node.parentId = in.parentId();
        NodePlacement.place(nodes, node,
                in.position() == null && Objects.equals(oldParent, in.parentId()) ? oldPosition : in.position(), oldParent, true);
        em.flush();
        Editable<NodeView> after = editable(framework, v, nodes, node);
        audit.record("node.update", framework.slug, v.version, id, before.document(), after.document());
        return after;
    }

    private Editable<NodeView> editable(FrameworkEntity framework, FrameworkVersionEntity v, List<NodeEntity> nodes, NodeEntity node) {
        NodeView view = FrameworkTreeMapper.of(framework, v, nodes).nodeView(node);
        return new Editable<>(view, json.encode(view));
    }

    private static void requireMatch(String ifMatch, Editable<NodeView> current) {
        Preconditions.requireMatch(ifMatch, current.encoded().etag(), "the node");
    }

    private static NodeEntity find(List<NodeEntity> nodes, UUID id, String fw, String version) {
        return nodes.stream().filter(n -> n.nodeId.equals(id)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Version " + version + " of framework '" + fw + "' has no node " + id + "."));
    }
}
