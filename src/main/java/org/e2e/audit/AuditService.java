package org.e2e.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.e2e.auth.CurrentUser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Records every write in the transaction of the write itself, so the log and the data never disagree. */
@ApplicationScoped
public class AuditService {

    private final ObjectMapper objectMapper;
    private final CurrentUser currentUser;

    public AuditService(ObjectMapper objectMapper, CurrentUser currentUser) {
        this.objectMapper = objectMapper;
        this.currentUser = currentUser;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String framework, String version, UUID nodeId, Object before, Object after) {
        persist(action, framework, null, version, nodeId, before, after);
    }

    /** Records a write to a resource (which belongs to no framework). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordResource(String action, String resource, Object before, Object after) {
        persist(action, null, resource, null, null, before, after);
    }

    private void persist(String action, String framework, String resource, String version, UUID nodeId, Object before,
            Object after) {
        AuditEventEntity e = new AuditEventEntity();
        e.actor = currentUser.subject();
        e.action = action;
        e.framework = framework;
        e.resource = resource;
        e.version = version;
        e.nodeId = nodeId;
        e.before = json(before);
        e.after = json(after);
        e.persist();
    }

    @Transactional
    public List<AuditEntry> search(String framework, String resource, Instant since, int limit) {
        return AuditEventEntity.search(framework, resource, since, limit).stream()
                .map(e -> new AuditEntry(e.id, e.occurredAt, e.actor, e.action, e.framework, e.resource, e.version, e.nodeId,
                        tree(e.before), tree(e.after)))
                .toList();
    }

    private String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not record " + value.getClass().getSimpleName(), e);
        }
    }

    private JsonNode tree(String json) {
        if (json == null) {
            return null;
        }
        try {
            return objectMapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable audit state", e);
        }
    }
}
