package org.e2e.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.e2e.content.ContentPackageReader;
import org.e2e.framework.NodeIds;
import org.e2e.framework.NodeEntity;
import java.time.Instant;

/**
 * A resource as a document (the resource package's {@link ResourcePackage.Definition}, which is also the editable
 * JSON of a resource) and the rules that turn one into the published columns of a {@link ResourceEntity}. The
 * loader and resource authoring both go through here.
 */
final class ResourceDocuments {

    static final int WORDS_PER_MINUTE = 200;

    private ResourceDocuments() {
    }

    /** Rules that span fields of one document; Bean Validation checks the rest. */
    static void checkConsistency(ResourcePackage.Definition r, String at, List<String> problems) {
        if ((r.type() == ResourceType.RUBRIC) != (r.rubric() != null)) {
            problems.add(at + ".rubric: is required for a rubric and only for a rubric");
        }
        ContentPackageReader.unique(at + ".sections", r.sections(), ResourceSection::slug, "slug", problems);
        checkRefs(r.supports(), at, problems);
        if (r.rubric() != null) {
            ContentPackageReader.unique(at + ".rubric.criteria", r.rubric().criteria(), Rubric.Criterion::slug, "slug", problems);
            for (int c = 0; c < r.rubric().criteria().size(); c++) {
                checkRefs(r.rubric().criteria().get(c).supports(), at + ".rubric.criteria[" + c + "]", problems);
            }
        }
    }

    /** Each link names its node one way: by slug path in a framework, or by id. */
    private static void checkRefs(List<ResourcePackage.NodeRef> refs, String at, List<String> problems) {
        List<ResourcePackage.NodeRef> supports = refs == null ? List.of() : refs;
        for (int s = 0; s < supports.size(); s++) {
            ResourcePackage.NodeRef ref = supports.get(s);
            if ((ref.node() == null) == (ref.id() == null)) {
                problems.add(at + ".supports[" + s + "]: give exactly one of node and id");
            } else if (ref.node() != null && ref.framework() == null) {
                problems.add(at + ".supports[" + s + "].framework: is required with node");
            }
        }
    }

    /**
     * Writes a valid document into the published columns; problems name what the database lacks. The rubric's links
     * are resolved by {@code links}; {@code alsoPublished} are resource slugs that count as published.
     */
    static void apply(ResourcePackage.Definition d, ResourceEntity r, String at, RubricLinks links, Set<String> alsoPublished,
            List<String> problems) {
        r.title = d.title();
        r.summary = d.summary();
        r.type = d.type();
        r.audiences = d.audiences().stream().map(Audience::id).distinct().toArray(String[]::new);
        r.tags = d.tags() == null ? new String[0] : d.tags().stream().distinct().toArray(String[]::new);
        r.author = d.author();
        r.authorBio = d.authorBio();
        r.publisher = d.publisher();
        r.collection = d.collection();
        r.dateText = d.dateText();
        r.sections = d.sections();
        r.rubric = d.rubric() == null ? null : links.resolve(d.rubric(), d.slug(), at, alsoPublished, problems);
        r.updatedAt = Instant.now();
        List<UUID> nodeIds = new ArrayList<>();
        List<ResourcePackage.NodeRef> supports = d.supports() == null ? List.of() : d.supports();
        for (int s = 0; s < supports.size(); s++) {
            ResourcePackage.NodeRef ref = supports.get(s);
            UUID id = ref.id() != null ? ref.id() : NodeIds.node(ref.framework(), ref.node());
            if (NodeEntity.count("nodeId", id) == 0) {
                problems.add(at + ".supports[" + s + "]: no framework has the node "
                        + (ref.node() != null ? ref.framework() + " " + ref.node() : id));
            }
            nodeIds.add(id);
        }
        r.nodeIds = nodeIds.stream().distinct().toArray(UUID[]::new);
        r.searchText = searchText(r);
        r.readingMinutes = d.readingTimeMinutes() != null ? d.readingTimeMinutes() : estimatedMinutes(r);
    }

    /** The published columns as an editable document; supported nodes are given by id. */
    static ResourcePackage.Definition document(ResourceEntity r) {
        List<ResourcePackage.NodeRef> supports = Stream.of(r.nodeIds).map(id -> new ResourcePackage.NodeRef(null, null, id)).toList();
        return new ResourcePackage.Definition(r.id, r.slug, r.title, r.summary, r.type,
                Stream.of(r.audiences).map(Audience::fromId).toList(), List.of(r.tags), r.author, r.authorBio, r.publisher,
                r.collection, r.dateText, r.readingMinutes, r.sections, r.rubric, supports);
    }

    /** Every word of the body, rubric and byline that search should find, besides title and summary. */
    static String searchText(ResourceEntity r) {
        List<String> parts = new ArrayList<>();
        for (ResourceSection section : r.sections) {
            parts.add(section.title());
            for (ResourceSection.ResourceBlock block : section.blocks()) {
                Stream.of(block.text(), block.prompt(), block.attribution(), block.context())
                        .filter(p -> p != null).forEach(parts::add);
                if (block.items() != null) {
                    parts.addAll(block.items());
                }
            }
        }
        if (r.rubric != null) {
            for (Rubric.Criterion criterion : r.rubric.criteria()) {
                parts.add(criterion.title());
                criterion.levels().forEach(level -> parts.addAll(level.paragraphs()));
            }
        }
        // The byline and tags come last, so snippets prefer the body.
        Stream.of(r.author, r.authorBio, r.publisher, r.collection).filter(p -> p != null).forEach(parts::add);
        parts.add(String.join(" ", r.tags).replace('-', ' '));
        return String.join("\n", parts);
    }

    static int estimatedMinutes(ResourceEntity r) {
        long words = Stream.of(r.summary, r.searchText).flatMap(t -> Stream.of(t.split("\\s+"))).filter(w -> !w.isBlank()).count();
        return (int) Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
