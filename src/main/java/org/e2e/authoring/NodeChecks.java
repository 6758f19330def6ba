package org.e2e.authoring;

import static org.e2e.authoring.Drafts.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.e2e.content.ContentPackage;
import org.e2e.framework.NodeEntity;
import org.e2e.framework.NodeType;
import org.e2e.problem.Problem;
import org.e2e.problem.ProblemException;

/** Structural rules checked on every node write; completeness of text fields is checked when publishing. */
final class NodeChecks {

    private static final Pattern SLUG = Pattern.compile(ContentPackage.SLUG);

    private NodeChecks() {
    }

    /** Every problem of the write in one 422, each with the JSON pointer of the body member it concerns. */
    static void check(List<NodeEntity> nodes, NodeEntity node, NodeInput in, boolean creating) {
        List<Problem.InvalidInput> errors = new ArrayList<>();
        NodeType type = node.type;
        if (in.slug() == null || in.slug().length() > ContentPackage.MAX_SLUG_LENGTH || !SLUG.matcher(in.slug()).matches()) {
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
        parent(nodes, node, in, creating, errors);
        if (errors.isEmpty()) {
            unique(nodes, node, in, errors);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
    }

    private static void parent(List<NodeEntity> nodes, NodeEntity node, NodeInput in, boolean creating,
            List<Problem.InvalidInput> errors) {
        NodeType type = node.type;
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
        } else if (parent != null && !creating && NodePlacement.descendsFrom(nodes, parent, node.nodeId)) {
            errors.add(body("/parentId", "cannot be the node itself or one of its descendants"));
        }
    }

    private static void unique(List<NodeEntity> nodes, NodeEntity node, NodeInput in, List<Problem.InvalidInput> errors) {
        NodeType type = node.type;
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
}
