package org.e2e.resource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.LockModeType;

/** A resource of the library. Its body is stored as JSON sections; audiences, tags and node links as arrays. */
@Entity
@Table(name = "resource")
public class ResourceEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    @Convert(converter = TypeConverter.class)
    public ResourceType type;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] audiences;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] tags;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "node_ids", nullable = false)
    public UUID[] nodeIds;

    public String author;

    @Column(name = "author_bio")
    public String authorBio;

    public String publisher;

    public String collection;

    @Column(name = "date_text")
    public String dateText;

    @Column(name = "reading_minutes", nullable = false)
    public int readingMinutes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ResourceSection> sections;

    @JdbcTypeCode(SqlTypes.JSON)
    public Rubric rubric;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    /** DRAFT until first published; then PUBLISHED, with pending edits (if any) in {@link #draft}. Stored lowercase. */
    @Column(nullable = false)
    public ResourceStatus status;

    /** The pending edits as an editable document; absent when there are none. */
    @JdbcTypeCode(SqlTypes.JSON)
    public ResourcePackage.Definition draft;

    @Column(name = "draft_updated_at")
    public Instant draftUpdatedAt;

    @Column(name = "draft_updated_by")
    public String draftUpdatedBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** 1 when first published, one more at every later publish. */
    @Column(nullable = false)
    public int revision = 1;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The published resource with this slug, read through the primary's session. */
    public static Optional<ResourceEntity> findPublishedBySlug(String slug) {
        return findPublishedBySlug(getEntityManager(), slug);
    }

    /** A published resource, read through a given session (the primary's, or a read replica's). */
    public static Optional<ResourceEntity> findPublishedBySlug(EntityManager em, String slug) {
        return em.createQuery("from ResourceEntity where slug = ?1 and status = ?2", ResourceEntity.class)
                .setParameter(1, slug).setParameter(2, ResourceStatus.PUBLISHED).setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    /** The resource whatever its status, its row locked until the transaction ends. */
    public static Optional<ResourceEntity> findBySlugForUpdate(String slug) {
        return find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    @Converter
    public static class TypeConverter implements AttributeConverter<ResourceType, String> {
        @Override
        public String convertToDatabaseColumn(ResourceType type) {
            return type == null ? null : type.id();
        }

        @Override
        public ResourceType convertToEntityAttribute(String id) {
            return id == null ? null : ResourceType.fromId(id);
        }
    }
}
