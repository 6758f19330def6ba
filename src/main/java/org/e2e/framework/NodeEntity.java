package org.e2e.framework;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One node of a version's content tree. {@code nodeId} is the node's identity across versions; {@code rowId}
 * only identifies this copy of it. Which text columns a node uses depends on its {@link NodeType}.
 */
@Entity
@Table(name = "node")
public class NodeEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "row_id")
    public Long rowId;

    @Column(name = "version_id", nullable = false)
    public UUID versionId;

    @Column(name = "node_id", nullable = false)
    public UUID nodeId;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(nullable = false)
    public NodeType type;

    @Column(nullable = false)
    public String slug;

    @Column(nullable = false)
    public int position;

    public String title;
    public String subtitle;
    public String summary;
    public String metaphor;
    public String description;
    public String body;
    public String attribution;
    public String context;
    public Integer number;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public Integer[] citations = new Integer[0];

    /** The whole tree of a version in one statement, parents before children is not guaranteed. */
    public static List<NodeEntity> listForVersion(UUID versionId) {
        return listForVersion(getEntityManager(), versionId);
    }

    /** The same through a given session (the primary's, or a read replica's). */
    public static List<NodeEntity> listForVersion(EntityManager em, UUID versionId) {
        return em.createQuery("from NodeEntity where versionId = ?1 order by position", NodeEntity.class)
                .setParameter(1, versionId).getResultList();
    }
}
