package org.e2e.content;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.e2e.config.ServiceConfig;
import org.e2e.framework.published.PublishedChanges;
import org.e2e.framework.FrameworkEntity;
import org.e2e.framework.FrameworkVersionEntity;
import org.e2e.framework.NodeEntity;
import org.e2e.framework.VersionStatus;
import org.e2e.framework.NodeIds;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the configured content packages into PostgreSQL at startup when they are absent. Each package loads in
 * one transaction under an advisory lock, so concurrent instances and repeated starts load it exactly once, and a
 * package that fails leaves the database as it was. A package that cannot be loaded stops startup with a message
 * that names the file and the problem.
 */
@ApplicationScoped
public class ContentPackageLoader {

    private static final Logger LOG = Logger.getLogger(ContentPackageLoader.class);
    /** Key of the transaction-scoped advisory lock that serializes package loads across instances. */
    public static final long LOAD_LOCK = 0x45324543_4f4e5445L;

    private final ServiceConfig config;
    private final ContentPackageReader reader;
    private final EntityManager em;
    private final PublishedChanges published;

    public ContentPackageLoader(ServiceConfig config, ContentPackageReader reader, EntityManager em,
            PublishedChanges published) {
        this.published = published;
        this.config = config;
        this.reader = reader;
        this.em = em;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        if (config.content().loadAtStartup()) {
            config.content().packages().forEach(this::loadClasspathPackage);
        }
    }

    /**
     * Reads, validates and loads one package from the classpath; true when it was loaded now. A package whose
     * framework version is already in the database is not parsed and validated again (that is most of a restart's
     * work for it): its identity is read from the raw JSON first.
     */
    public boolean loadClasspathPackage(String location) {
        byte[] bytes = ContentPackageReader.classpathBytes(location);
        var identity = reader.identity(bytes);
        if (identity.isPresent() && loaded(identity.get().framework(), identity.get().version())) {
            LOG.debugf("Content package %s: %s %s is already loaded", location, identity.get().framework(),
                    identity.get().version());
            return false;
        }
        ContentPackage pkg = reader.read(new ByteArrayInputStream(bytes), location);
        try {
            return load(pkg, location);
        } catch (ContentPackageException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ContentPackageException(location, List.of("the database refused it: " + rootMessage(e)), e);
        }
    }

    @Transactional
    boolean loaded(String fw, String version) {
        return FrameworkEntity.findBySlug(fw).map(f -> FrameworkVersionEntity.findVersion(f.id, version).isPresent())
                .orElse(false);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /**
     * Writes a validated package as a new draft of its framework (created from the package when {@code framework}
     * is null), whatever status the package names. Runs in the caller's transaction, so a failure writes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public FrameworkVersionEntity insertDraft(ContentPackage pkg, FrameworkEntity framework, String createdBy) {
        String fw = pkg.framework().slug();
        if (framework == null) {
            framework = new FrameworkEntity();
            framework.id = NodeIds.framework(fw);
            framework.slug = fw;
            framework.title = pkg.framework().title();
            framework.shortTitle = pkg.framework().shortTitle();
            framework.summary = pkg.framework().summary();
            framework.language = pkg.framework().language();
            framework.persist();
            published.announce(fw); // a new framework changes the frameworks list
        }
        FrameworkVersionEntity v = FrameworkVersionEntity.newDraft(framework, pkg.version().version());
        v.releaseNotes = pkg.version().releaseNotes();
        v.createdBy = createdBy;
        v.persist();
        NodeEntity.persist(ContentPackageNodes.of(pkg, v.id));
        em.flush();
        return v;
    }

    /** Loads a validated package unless its version is already there; true when it was loaded now. */
    @Transactional
    public boolean load(ContentPackage pkg, String source) {
        em.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", LOAD_LOCK).getSingleResult();
        String fw = pkg.framework().slug();
        String version = pkg.version().version();
        FrameworkEntity framework = FrameworkEntity.findBySlug(fw).orElse(null);
        if (framework != null && FrameworkVersionEntity.findVersion(framework.id, version).isPresent()) {
            LOG.debugf("Content package %s: %s %s is already loaded", source, fw, version);
            return false;
        }
        FrameworkVersionEntity v = insertDraft(pkg, framework, null);
        // PostgreSQL refuses node rows for a released version, so the nodes went into a draft that is now released.
        v.status = VersionStatus.fromValue(pkg.version().status().toUpperCase(Locale.ROOT));
        v.publishedAt = pkg.version().publishedAt();
        v.deprecatedAt = pkg.version().deprecatedAt();
        em.flush();
        long nodes = NodeEntity.count("versionId", v.id);
        published.announce(fw);
        LOG.infof("Content package %s: loaded %s %s (%d nodes)", source, fw, version, nodes);
        return true;
    }
}
