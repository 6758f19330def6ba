package org.e2e.framework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "framework")
public class FrameworkEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String title;

    @Column(name = "short_title")
    public String shortTitle;

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    public String language;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    public static Optional<FrameworkEntity> findBySlug(String slug) {
        return findBySlug(getEntityManager(), slug);
    }

    /** The same through a given session (e.g. a read replica's). */
    public static Optional<FrameworkEntity> findBySlug(EntityManager em, String slug) {
        return em.createQuery("from FrameworkEntity where slug = ?1", FrameworkEntity.class).setParameter(1, slug)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    public static List<FrameworkEntity> listAll(EntityManager em) {
        return em.createQuery("from FrameworkEntity", FrameworkEntity.class).getResultList();
    }
}
