package org.e2e.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.e2e.framework.NodeEntity;
import org.e2e.framework.NodeType;
import org.e2e.problem.UnprocessableException;
import org.junit.jupiter.api.Test;

/** Positions among siblings, moves between parents, subtrees and ancestry. Plain JUnit over unsaved entities. */
class NodePlacementTest {

    static NodeEntity node(NodeType type, UUID parent, int position) {
        NodeEntity n = new NodeEntity();
        n.nodeId = UUID.randomUUID();
        n.type = type;
        n.parentId = parent;
        n.position = position;
        n.slug = "n-" + n.nodeId.toString().substring(0, 8);
        return n;
    }

    final NodeEntity category = node(NodeType.CATEGORY, null, 1);
    final NodeEntity other = node(NodeType.CATEGORY, null, 2);
    final NodeEntity a = node(NodeType.ACTION, category.nodeId, 1);
    final NodeEntity b = node(NodeType.ACTION, category.nodeId, 2);
    final NodeEntity c = node(NodeType.ACTION, category.nodeId, 3);
    final NodeEntity quote = node(NodeType.QUOTE, category.nodeId, 1);
    final List<NodeEntity> nodes = new ArrayList<>(List.of(category, other, a, b, c, quote));

    @Test
    void aNewNodeGoesToTheEndOrItsPositionAndLaterSiblingsShift() {
        NodeEntity d = node(NodeType.ACTION, category.nodeId, Integer.MAX_VALUE);
        NodePlacement.place(nodes, d, 2, null, false);
        assertEquals(List.of(1, 2, 3, 4), List.of(a.position, d.position, b.position, c.position));
        assertEquals(1, quote.position, "siblings of another type keep their place");
        NodeEntity e = node(NodeType.ACTION, category.nodeId, Integer.MAX_VALUE);
        nodes.add(d);
        NodePlacement.place(nodes, e, null, null, false);
        assertEquals(5, e.position);
    }

    @Test
    void aPositionPastTheEndIsA422() {
        NodeEntity d = node(NodeType.ACTION, category.nodeId, Integer.MAX_VALUE);
        assertThrows(UnprocessableException.class, () -> NodePlacement.place(nodes, d, 5, null, false));
    }

    @Test
    void aMoveRenumbersBothTheOldAndTheNewSiblings() {
        a.parentId = other.nodeId;
        NodePlacement.place(nodes, a, null, category.nodeId, true);
        assertEquals(List.of(1, 2, 1), List.of(b.position, c.position, a.position));
    }

    @Test
    void subtreesAndAncestry() {
        assertEquals(List.of(category.nodeId, a.nodeId, b.nodeId, c.nodeId, quote.nodeId),
                NodePlacement.subtree(nodes, category.nodeId));
        assertTrue(NodePlacement.descendsFrom(nodes, b, category.nodeId));
        assertTrue(NodePlacement.descendsFrom(nodes, category, category.nodeId), "a node is its own descendant");
        assertFalse(NodePlacement.descendsFrom(nodes, b, other.nodeId));
    }
}
