package org.e2e.framework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.LockModeType;

@Entity
@Table(name = "framework_version")
public class FrameworkVersionEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    public FrameworkEntity framework;

    @Column(nullable = false)
    public String version;

    @Column(nullable = false)
    public int major;

    @Column(nullable = false)
    public int minor;

    @Column(nullable = false)
    public int patch;

    @Column(nullable = false)
    public VersionStatus status;

    @Column(name = "release_notes")
    public String releaseNotes;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "deprecated_at")
    public Instant deprecatedAt;

    /** When a deprecated version stops being served (RFC 8594 Sunset); absent when no date is set. */
    @Column(name = "sunset_at")
    public Instant sunsetAt;

    /** The version a draft was copied from; absent for loaded and imported versions. */
    @Column(name = "based_on")
    public String basedOn;

    /** The JWT subject that created the version; absent for versions loaded at startup. */
    @Column(name = "created_by")
    public String createdBy;

    /** A new, unsaved draft of a framework, its id derived from the framework and version (UUID v5). */
    public static FrameworkVersionEntity newDraft(FrameworkEntity framework, String version) {
        FrameworkVersionEntity v = new FrameworkVersionEntity();
        v.id = NodeIds.version(framework.slug, version);
        v.framework = framework;
        v.version = version;
        String[] parts = version.split("\\.");
        v.major = Integer.parseInt(parts[0]);
        v.minor = Integer.parseInt(parts[1]);
        v.patch = Integer.parseInt(parts[2]);
        v.status = VersionStatus.DRAFT;
        return v;
    }

    /** Every version of a framework, newest first by semantic version. */
    public static List<FrameworkVersionEntity> listForFramework(UUID frameworkId) {
        return listForFramework(getEntityManager(), frameworkId);
    }

    public static List<FrameworkVersionEntity> listForFramework(EntityManager em, UUID frameworkId) {
        return query(em, "where framework.id = ?1 order by major desc, minor desc, patch desc", frameworkId).getResultList();
    }

    public static Optional<FrameworkVersionEntity> findVersion(UUID frameworkId, String version) {
        return findVersion(getEntityManager(), frameworkId, version);
    }

    public static Optional<FrameworkVersionEntity> findVersion(EntityManager em, UUID frameworkId, String version) {
        return first(query(em, "where framework.id = ?1 and version = ?2", frameworkId, version));
    }

    /** The version row locked FOR UPDATE: every write to a version is serialized on it. */
    public static Optional<FrameworkVersionEntity> findVersionForUpdate(UUID frameworkId, String version) {
        return find("framework.id = ?1 and version = ?2", frameworkId, version)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The highest published version; deprecated and draft versions are never "latest". */
    public static Optional<FrameworkVersionEntity> findLatestPublished(UUID frameworkId) {
        return findLatestPublished(getEntityManager(), frameworkId);
    }

    public static Optional<FrameworkVersionEntity> findLatestPublished(EntityManager em, UUID frameworkId) {
        return first(query(em, "where framework.id = ?1 and status = ?2 order by major desc, minor desc, patch desc",
                frameworkId, VersionStatus.PUBLISHED));
    }

    /** The latest published version of every framework that has one, with its framework: one statement. */
    public static List<FrameworkVersionEntity> listLatestPublished(EntityManager em) {
        return query(em, """
                v join fetch v.framework
                where v.status = ?1 and not exists (
                    from FrameworkVersionEntity w where w.framework = v.framework and w.status = ?1
                    and (w.major > v.major or (w.major = v.major and (w.minor > v.minor
                         or (w.minor = v.minor and w.patch > v.patch)))))""", VersionStatus.PUBLISHED).getResultList();
    }

    /** A query of versions through a given session (the primary's, or a read replica's). */
    private static TypedQuery<FrameworkVersionEntity> query(EntityManager em, String rest, Object... parameters) {
        TypedQuery<FrameworkVersionEntity> query = em.createQuery("from FrameworkVersionEntity " + rest, FrameworkVersionEntity.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    private static Optional<FrameworkVersionEntity> first(TypedQuery<FrameworkVersionEntity> query) {
        return query.setMaxResults(1).getResultList().stream().findFirst();
    }
}
