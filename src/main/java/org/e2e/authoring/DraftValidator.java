package org.e2e.authoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.e2e.framework.NodeEntity;
import org.e2e.framework.NodeType;
import org.e2e.problem.Problem;

/**
 * What a draft must satisfy to be published, all checked at once so one 422 lists every problem: required fields
 * of each type, no orphan nodes and parents of the right type, unique slugs, at most one quote or narrative per
 * parent, at least one layer, and citations that name a reference. Each problem names the node by a JSON pointer
 * {@code /nodes/{id}/{field}}.
 */
final class DraftValidator {

    private DraftValidator() {
    }

    static List<Problem.InvalidInput> validate(List<NodeEntity> nodes) {
        List<Problem.InvalidInput> errors = new ArrayList<>();
        Map<UUID, NodeEntity> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.nodeId, n));
        List<NodeEntity> ordered = nodes.stream()
                .sorted(Comparator.comparing((NodeEntity n) -> n.type).thenComparing(n -> n.slug).thenComparing(n -> n.nodeId))
                .toList();
        if (nodes.stream().noneMatch(n -> n.type == NodeType.LAYER)) {
            errors.add(error("/nodes", "a version needs at least one layer"));
        }
        Set<Integer> referenceNumbers = nodes.stream().filter(n -> n.type == NodeType.REFERENCE && n.number != null)
                .map(n -> n.number).collect(Collectors.toSet());
        for (NodeEntity n : ordered) {
            String at = "/nodes/" + n.nodeId;
            for (String field : NodeRules.required(n.type)) {
                if (NodeRules.blank(NodeRules.value(n, field))) {
                    errors.add(error(at + "/" + field, "is required for a " + n.type.value()));
                }
            }
            Set<NodeType> parents = NodeRules.parents(n.type);
            NodeEntity parent = n.parentId == null ? null : byId.get(n.parentId);
            if (n.parentId != null && parent == null) {
                errors.add(error(at + "/parentId", "is an orphan: its parent " + n.parentId + " is not in the version"));
            } else if (parents.isEmpty() && parent != null) {
                errors.add(error(at + "/parentId", "must be absent for a " + n.type.value()));
            } else if (!parents.isEmpty() && (parent == null || !parents.contains(parent.type))) {
                errors.add(error(at + "/parentId", "must name a " + parents.stream().map(NodeType::value).sorted()
                        .collect(Collectors.joining(" or "))));
            }
            if (n.citations != null) {
                for (Integer c : n.citations) {
                    if (c != null && !referenceNumbers.contains(c)) {
                        errors.add(error(at + "/citations", "cites " + c + ", which no reference has as its number"));
                    }
                }
            }
        }
        Map<String, List<NodeEntity>> groups = new HashMap<>();
        for (NodeEntity n : nodes) {
            boolean versionWide = n.type == NodeType.LAYER || n.type == NodeType.ELEMENT;
            groups.computeIfAbsent(n.type + "|" + (versionWide ? "*" : Objects.toString(n.parentId)) + "|" + n.slug,
                    k -> new ArrayList<>()).add(n);
            if (NodeRules.single(n.type)) {
                groups.computeIfAbsent("single|" + n.type + "|" + n.parentId, k -> new ArrayList<>()).add(n);
            }
        }
        Set<String> reported = new HashSet<>();
        groups.entrySet().stream().filter(e -> e.getValue().size() > 1).sorted(Map.Entry.comparingByKey()).forEach(e -> {
            NodeEntity first = e.getValue().get(0);
            if (reported.add(e.getKey())) {
                errors.add(error("/nodes/" + first.nodeId + (e.getKey().startsWith("single") ? "/type" : "/slug"),
                        e.getKey().startsWith("single") ? "only one " + first.type.value() + " is allowed per parent"
                                : "slug '" + first.slug + "' is used by " + e.getValue().size() + " " + first.type.value() + " nodes"));
            }
        });
        return errors;
    }

    private static Problem.InvalidInput error(String pointer, String detail) {
        return new Problem.InvalidInput("content", pointer, detail);
    }
}
