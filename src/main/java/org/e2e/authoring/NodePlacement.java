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

import org.e2e.framework.NodeEntity;
import org.e2e.framework.NodeType;

/**
 * Where nodes sit in a version's tree: positions among siblings of the same type (1..n without gaps), subtrees and
 * ancestry. Pure logic over the version's loaded nodes; the caller's transaction saves the changed positions.
 */
final class NodePlacement {

    private NodePlacement() {
    }

    /**
     * Puts the node at {@code position} among its siblings of the same type (the end when absent); the siblings
     * shift and both the old (when {@code moved}) and the new sibling lists are renumbered 1..n without gaps.
     */
    static void place(List<NodeEntity> nodes, NodeEntity node, Integer position, UUID oldParent, boolean moved) {
        if (moved && !Objects.equals(oldParent, node.parentId)) {
            renumber(siblings(nodes, oldParent, node.type, node));
        }
        List<NodeEntity> siblings = siblings(nodes, node.parentId, node.type, node);
        if (position != null && position > siblings.size() + 1) {
            throw Drafts.invalid("/position", "must be between 1 and " + (siblings.size() + 1));
        }
        int index = position == null ? siblings.size() : position - 1;
        siblings.add(index, node);
        renumber(siblings);
    }

    /** The node's siblings of one type under one parent, in position order, without {@code except}. */
    static List<NodeEntity> siblings(List<NodeEntity> nodes, UUID parent, NodeType type, NodeEntity except) {
        return new ArrayList<>(nodes.stream()
                .filter(n -> n != except && n.type == type && Objects.equals(n.parentId, parent))
                .sorted(Comparator.comparingInt(n -> n.position))
                .toList());
    }

    static void renumber(List<NodeEntity> siblings) {
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).position != i + 1) {
                siblings.get(i).position = i + 1;
            }
        }
    }

    /** The ids of the node and everything under it, the node first. */
    static List<UUID> subtree(List<NodeEntity> nodes, UUID id) {
        List<UUID> out = new ArrayList<>();
        collect(nodes, id, out);
        return out;
    }

    private static void collect(List<NodeEntity> nodes, UUID id, List<UUID> out) {
        out.add(id);
        nodes.stream().filter(n -> id.equals(n.parentId)).forEach(child -> collect(nodes, child.nodeId, out));
    }

    /** Whether {@code candidate} is {@code ancestor} or lies under it (a cycle in the data ends the walk). */
    static boolean descendsFrom(List<NodeEntity> nodes, NodeEntity candidate, UUID ancestor) {
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
}
