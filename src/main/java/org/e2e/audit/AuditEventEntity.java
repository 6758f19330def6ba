package org.e2e.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import java.util.HashMap;
import java.util.Map;

/** One write: who (JWT subject), what (action, framework, version, node, or resource), when, and the state before and after. */
@Entity
@Table(name = "audit_event")
public class AuditEventEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", insertable = false, updatable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    /** Framework slug of a framework write; absent for resource writes. */
    public String framework;

    /** Resource slug of a resource write. */
    public String resource;

    public String version;

    @Column(name = "node_id")
    public UUID nodeId;

    /** JSON document of the state before the write; absent for creations. */
    @Column(name = "before_state")
    public String before;

    /** JSON document of the state after the write; absent for deletions. */
    @Column(name = "after_state")
    public String after;

    public static List<AuditEventEntity> search(String framework, String resource, Instant since, int limit) {
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (framework != null) {
            q.append(" and framework = :fw");
            params.put("fw", framework);
        }
        if (resource != null) {
            q.append(" and resource = :resource");
            params.put("resource", resource);
        }
        if (since != null) {
            q.append(" and occurredAt >= :since");
            params.put("since", since);
        }
        return find(q + " order by id", params).page(0, limit).list();
    }
}
