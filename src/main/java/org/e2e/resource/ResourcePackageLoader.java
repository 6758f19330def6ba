package org.e2e.resource;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.e2e.framework.NodeIds;
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

    private final ServiceConfig config;
    private final ContentPackageReader reader;
    private final EntityManager em;
    private final RubricLinks links;

    public ResourcePackageLoader(ServiceConfig config, ContentPackageReader reader, EntityManager em, RubricLinks links) {
        this.config = config;
        this.reader = reader;
        this.em = em;
        this.links = links;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 10) StartupEvent event) {
        if (config.content().loadAtStartup()) {
            config.content().resourcePackages().forEach(this::loadClasspathPackage);
        }
    }

    /**
     * Reads, validates and loads one resource package; returns how many resources were inserted. When every
     * resource it names is already there (every restart), it is not parsed and validated again.
     */
    public int loadClasspathPackage(String location) {
        byte[] bytes = ContentPackageReader.classpathBytes(location);
        var slugs = reader.fieldOfEach(bytes, "resources", "slug");
        if (slugs.isPresent() && !slugs.get().isEmpty() && allLoaded(slugs.get())) {
            LOG.debugf("Resource package %s: its %d resources are already loaded", location, slugs.get().size());
            return 0;
        }
        ResourcePackage pkg = reader.parse(new ByteArrayInputStream(bytes), location, ResourcePackage.class);
        List<String> problems = new ArrayList<>();
        checkConsistency(pkg, problems);
        if (!problems.isEmpty()) {
            throw new ContentPackageException(location, problems, null);
        }
        return load(pkg, location);
    }

    @Transactional
    boolean allLoaded(List<String> slugs) {
        Set<String> distinct = Set.copyOf(slugs);
        return ResourceEntity.count("slug in ?1", distinct) == distinct.size();
    }

    private static void checkConsistency(ResourcePackage pkg, List<String> problems) {
        ContentPackageReader.unique("resources", pkg.resources(), ResourcePackage.Definition::slug, "slug", problems);
        for (int i = 0; i < pkg.resources().size(); i++) {
            ResourceDocuments.checkConsistency(pkg.resources().get(i), "resources[" + i + "]", problems);
        }
    }

    @Transactional
    int load(ResourcePackage pkg, String source) {
        em.createNativeQuery("select pg_advisory_xact_lock(:key)")
                .setParameter("key", ContentPackageLoader.LOAD_LOCK).getSingleResult();
        List<String> problems = new ArrayList<>();
        // A rubric may link to the other resources of its package, published together with it.
        Set<String> inPackage = pkg.resources().stream().map(ResourcePackage.Definition::slug).collect(Collectors.toSet());
        int inserted = 0;
        for (int i = 0; i < pkg.resources().size(); i++) {
            ResourcePackage.Definition definition = pkg.resources().get(i);
            if (ResourceEntity.count("slug", definition.slug()) > 0) {
                continue;
            }
            ResourceEntity entity = new ResourceEntity();
            entity.id = definition.id() != null ? definition.id() : NodeIds.v5("resource/" + definition.slug());
            entity.slug = definition.slug();
            ResourceDocuments.apply(definition, entity, "resources[" + i + "]", links, inPackage, problems);
            entity.status = ResourceStatus.PUBLISHED;
            entity.publishedAt = Instant.now();
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

}
