package org.e2e.resource;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.e2e.config.ServiceConfig;
import org.e2e.content.ContentPackageException;
import org.e2e.content.ContentPackageLoader;
import org.e2e.content.ContentPackageReader;
import org.e2e.content.NodeIds;
import org.e2e.framework.NodeEntity;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the configured resource packages at startup, after the framework packages (resources link to framework
 * nodes). Each resource is inserted when no resource has its slug yet; a package loads in one transaction, so a
 * bad one changes nothing and stops startup with a message naming the file and every problem.
 */
@ApplicationScoped
public class ResourcePackageLoader {

    private static final Logger LOG = Logger.getLogger(ResourcePackageLoader.class);
    static final int WORDS_PER_MINUTE = 200;

    private final ServiceConfig config;
    private final ContentPackageReader reader;
    private final EntityManager em;

    public ResourcePackageLoader(ServiceConfig config, ContentPackageReader reader, EntityManager em) {
        this.config = config;
        this.reader = reader;
        this.em = em;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 10) StartupEvent event) {
        if (config.content().loadAtStartup()) {
            config.content().resourcePackages().forEach(this::loadClasspathPackage);
        }
    }

    /** Reads, validates and loads one resource package; returns how many resources were inserted. */
    public int loadClasspathPackage(String location) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new ContentPackageException(location, List.of("no such file on the classpath"), null);
            }
            ResourcePackage pkg = reader.parse(in, location, ResourcePackage.class);
            List<String> problems = new ArrayList<>();
            checkConsistency(pkg, problems);
            if (!problems.isEmpty()) {
                throw new ContentPackageException(location, problems, null);
            }
            return load(pkg, location);
        } catch (IOException e) {
            throw new ContentPackageException(location, List.of("unreadable: " + e.getMessage()), e);
        }
    }

    private static void checkConsistency(ResourcePackage pkg, List<String> problems) {
        ContentPackageReader.unique("resources", pkg.resources(), ResourcePackage.Definition::slug, "slug", problems);
        for (int i = 0; i < pkg.resources().size(); i++) {
            ResourcePackage.Definition r = pkg.resources().get(i);
            String at = "resources[" + i + "]";
            if ((r.type() == ResourceType.RUBRIC) != (r.rubric() != null)) {
                problems.add(at + ".rubric: is required for a rubric and only for a rubric");
            }
            ContentPackageReader.unique(at + ".sections", r.sections(), ResourceSection::slug, "slug", problems);
            List<ResourcePackage.NodeRef> supports = r.supports() == null ? List.of() : r.supports();
            for (int s = 0; s < supports.size(); s++) {
                if ((supports.get(s).node() == null) == (supports.get(s).id() == null)) {
                    problems.add(at + ".supports[" + s + "]: give exactly one of node and id");
                }
            }
        }
    }

    @Transactional
    int load(ResourcePackage pkg, String source) {
        em.createNativeQuery("select pg_advisory_xact_lock(:key)")
                .setParameter("key", ContentPackageLoader.LOAD_LOCK).getSingleResult();
        List<String> problems = new ArrayList<>();
        int inserted = 0;
        for (int i = 0; i < pkg.resources().size(); i++) {
            ResourcePackage.Definition definition = pkg.resources().get(i);
            if (ResourceEntity.count("slug", definition.slug()) > 0) {
                continue;
            }
            ResourceEntity entity = toEntity(definition, "resources[" + i + "]", problems);
            if (problems.isEmpty()) {
                entity.persist();
                inserted++;
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentPackageException(source, problems, null);
        }
        em.flush();
        if (inserted > 0) {
            LOG.infof("Resource package %s: loaded %d resources", source, inserted);
        }
        return inserted;
    }

    private ResourceEntity toEntity(ResourcePackage.Definition d, String at, List<String> problems) {
        ResourceEntity r = new ResourceEntity();
        r.id = d.id() != null ? d.id() : NodeIds.v5("resource/" + d.slug());
        r.slug = d.slug();
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
        r.rubric = d.rubric() == null ? null : numbered(d.rubric());
        r.status = "published";
        r.updatedAt = Instant.now();
        List<UUID> nodeIds = new ArrayList<>();
        List<ResourcePackage.NodeRef> supports = d.supports() == null ? List.of() : d.supports();
        for (int s = 0; s < supports.size(); s++) {
            ResourcePackage.NodeRef ref = supports.get(s);
            UUID id = ref.id() != null ? ref.id() : NodeIds.node(ref.framework(), ref.node());
            if (NodeEntity.count("nodeId", id) == 0) {
                problems.add(at + ".supports[" + s + "]: framework '" + ref.framework() + "' has no node "
                        + (ref.node() != null ? ref.node() : id));
            }
            nodeIds.add(id);
        }
        r.nodeIds = nodeIds.stream().distinct().toArray(UUID[]::new);
        r.searchText = searchText(r);
        r.readingMinutes = d.readingTimeMinutes() != null ? d.readingTimeMinutes() : estimatedMinutes(r);
        return r;
    }

    /** Positions are list order, whatever the package says. */
    private static Rubric numbered(Rubric rubric) {
        List<Rubric.Criterion> criteria = new ArrayList<>();
        for (int c = 0; c < rubric.criteria().size(); c++) {
            Rubric.Criterion criterion = rubric.criteria().get(c);
            List<Rubric.Level> levels = new ArrayList<>();
            for (int l = 0; l < criterion.levels().size(); l++) {
                Rubric.Level level = criterion.levels().get(l);
                levels.add(new Rubric.Level(l + 1, level.name(), level.paragraphs()));
            }
            criteria.add(new Rubric.Criterion(c + 1, criterion.slug(), criterion.title(), levels));
        }
        return new Rubric(rubric.levelNamesEditorial(), criteria);
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
