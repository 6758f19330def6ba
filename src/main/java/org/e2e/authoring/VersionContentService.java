package org.e2e.authoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.e2e.content.ContentPackage;
import org.e2e.content.ContentPackageExporter;
import org.e2e.framework.FrameworkTreeService;
import org.e2e.framework.FrameworkTreeService.VersionSnapshot;
import org.e2e.framework.NodeEntity;
import org.e2e.framework.Versioned;
import org.e2e.problem.NotFoundException;
import org.e2e.problem.ProblemException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads over whole versions for authors and subscribers: the changes between two versions and the export as a
 * content package. Both go through {@link FrameworkTreeService#snapshot}, so drafts stay invisible to anonymous
 * readers and released versions come from the cache.
 */
@ApplicationScoped
public class VersionContentService {

    private static final List<String> COMPARED = List.of("slug", "title", "subtitle", "summary", "metaphor", "description",
            "text", "attribution", "context", "number", "citations");

    private final FrameworkTreeService trees;
    private final ObjectMapper objectMapper;

    public VersionContentService(FrameworkTreeService trees, ObjectMapper objectMapper) {
        this.trees = trees;
        this.objectMapper = objectMapper;
    }

    /** The version as a content package, with how the version stands (a deprecated one's export says so). */
    @Transactional
    public Versioned<ContentPackage> export(String fw, String version) {
        return trees.resolve(fw, version)
                .map(s -> ContentPackageExporter.export(s.framework(), s.version(), List.copyOf(s.mapper().nodes())));
    }

    /** What changed from {@code since} to {@code version}, with how {@code version} stands. */
    @Transactional
    public Versioned<ChangesView> changes(String fw, String version, String since) {
        if (since == null) {
            throw ProblemException.invalidParameter("since", "is required: name the version to compare with, such as 1.0.0");
        }
        VersionSnapshot older;
        try {
            older = trees.snapshot(fw, since);
        } catch (NotFoundException e) {
            throw ProblemException.invalidParameter("since", "names no version of framework '" + fw + "': '" + since + "'");
        }
        Versioned<VersionSnapshot> resolved = trees.resolve(fw, version);
        VersionSnapshot newer = resolved.value();
        Map<UUID, NodeEntity> before = index(older);
        Map<UUID, NodeEntity> after = index(newer);
        Comparator<NodeEntity> order = Comparator.comparing((NodeEntity n) -> n.type).thenComparing(n -> String.valueOf(n.parentId))
                .thenComparingInt(n -> n.position).thenComparing(n -> n.nodeId);
        List<ChangesView.NodeRef> added = new ArrayList<>();
        List<ChangesView.Move> moved = new ArrayList<>();
        List<ChangesView.Modification> modified = new ArrayList<>();
        after.values().stream().sorted(order).forEach(n -> {
            NodeEntity old = before.get(n.nodeId);
            if (old == null) {
                added.add(ref(n));
                return;
            }
            if (!Objects.equals(old.parentId, n.parentId) || old.position != n.position) {
                moved.add(new ChangesView.Move(n.nodeId, n.type, n.slug, new ChangesView.Place(old.parentId, old.position),
                        new ChangesView.Place(n.parentId, n.position)));
            }
            List<ChangesView.FieldChange> fields = new ArrayList<>();
            for (String field : COMPARED) {
                Object a = NodeRules.value(old, field);
                Object b = NodeRules.value(n, field);
                if (!Objects.equals(a, b)) {
                    fields.add(new ChangesView.FieldChange(field, tree(a), tree(b)));
                }
            }
            if (!fields.isEmpty()) {
                modified.add(new ChangesView.Modification(n.nodeId, n.type, n.slug, fields));
            }
        });
        List<ChangesView.NodeRef> removed = before.values().stream().filter(n -> !after.containsKey(n.nodeId))
                .sorted(order).map(VersionContentService::ref).toList();
        return new Versioned<>(new ChangesView(fw, newer.version().version, older.version().version, added, removed, moved,
                modified), resolved.release());
    }

    private JsonNode tree(Object value) {
        return value == null ? null : objectMapper.valueToTree(value);
    }

    private static ChangesView.NodeRef ref(NodeEntity n) {
        return new ChangesView.NodeRef(n.nodeId, n.type, n.slug, n.parentId, n.position);
    }

    private static Map<UUID, NodeEntity> index(VersionSnapshot s) {
        Map<UUID, NodeEntity> map = new HashMap<>();
        s.mapper().nodes().forEach(n -> map.put(n.nodeId, n));
        return map;
    }

    static List<Integer> citations(NodeEntity n) {
        return n.citations == null ? List.of() : Arrays.asList(n.citations);
    }
}
