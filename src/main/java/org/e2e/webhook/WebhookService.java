package org.e2e.webhook;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.e2e.audit.AuditService;
import org.e2e.auth.CurrentUser;
import org.e2e.config.ServiceConfig;
import org.e2e.framework.ApiPaths;
import org.e2e.problem.Problem;
import org.e2e.problem.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Subscriptions (CRUD) and the outbox writes: an event per subscriber, in the transaction of the change itself. */
@ApplicationScoped
public class WebhookService {

    public static final String PATH = "/api/v1/webhooks";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ObjectMapper objectMapper;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final ServiceConfig config;
    private final WebhookTargetPolicy targets;

    public WebhookService(ObjectMapper objectMapper, CurrentUser currentUser, AuditService audit, ServiceConfig config,
            WebhookTargetPolicy targets) {
        this.objectMapper = objectMapper;
        this.currentUser = currentUser;
        this.audit = audit;
        this.config = config;
        this.targets = targets;
    }

    /** The url column's CHECK constraint (V3 migration), applied before it: a URL it refuses is a 422, not a 500. */
    static final Pattern STORED_URL = Pattern.compile("^https?://");

    @Transactional
    public WebhookView create(WebhookRequest request) {
        List<Problem.InvalidInput> errors = new ArrayList<>();
        String url = request == null ? null : request.url();
        if (url == null) {
            errors.add(new Problem.InvalidInput("body", "/url", "must be an absolute http or https URL"));
        } else {
            try {
                if (!STORED_URL.matcher(url).lookingAt()) {
                    throw new WebhookTargetPolicy.RefusedTarget("must be an absolute http or https URL whose scheme is in lowercase");
                }
                targets.checkSubscription(url);
            } catch (WebhookTargetPolicy.RefusedTarget e) {
                errors.add(new Problem.InvalidInput("body", "/url", e.getMessage()));
            }
        }
        if (request != null && request.framework() != null && !request.framework().matches("^[a-z0-9]+(-[a-z0-9]+)*$")) {
            errors.add(new Problem.InvalidInput("body", "/framework", "must be a framework slug"));
        }
        if (request != null && request.secret() != null && request.secret().length() < 16) {
            errors.add(new Problem.InvalidInput("body", "/secret", "must be at least 16 characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        WebhookSubscriptionEntity s = new WebhookSubscriptionEntity();
        s.id = UUID.randomUUID();
        s.url = url;
        s.framework = request.framework();
        s.description = request.description();
        s.secret = request.secret() != null ? request.secret() : generatedSecret();
        s.createdBy = currentUser.subject();
        s.persist();
        s.flush();
        WebhookSubscriptionEntity.getEntityManager().refresh(s);
        WebhookView view = view(s, true);
        audit.record("webhook.create", s.framework == null ? "*" : s.framework, null, null, null, view(s, false));
        return view;
    }

    @Transactional
    public List<WebhookView> list() {
        return WebhookSubscriptionEntity.<WebhookSubscriptionEntity>listAll().stream()
                .sorted((a, b) -> a.createdAt.compareTo(b.createdAt))
                .map(s -> view(s, false)).toList();
    }

    @Transactional
    public WebhookView get(UUID id) {
        return view(find(id), false);
    }

    @Transactional
    public WebhookView delete(UUID id) {
        WebhookSubscriptionEntity s = find(id);
        WebhookView view = view(s, false);
        s.delete();
        audit.record("webhook.delete", s.framework == null ? "*" : s.framework, null, null, view, null);
        return view;
    }

    @Transactional
    public List<WebhookEventView> deliveries(UUID id) {
        find(id);
        return WebhookOutboxEntity.<WebhookOutboxEntity>list("subscriptionId = ?1 order by id", id).stream()
                .map(o -> new WebhookEventView(o.eventId, o.eventType, o.status, o.attempts, o.createdAt,
                        WebhookOutboxEntity.PENDING.equals(o.status) ? o.nextAttemptAt : null, o.deliveredAt, o.lastError,
                        tree(o.payload),
                        WebhookDeliveryEntity.<WebhookDeliveryEntity>list("outboxId = ?1 order by attempt", o.id).stream()
                                .map(d -> new WebhookEventView.Attempt(d.attempt, d.attemptedAt, d.statusCode, d.error, d.durationMs))
                                .toList()))
                .toList();
    }

    /**
     * Writes one outbox row per subscriber of the framework, in the caller's transaction: the event exists exactly
     * when the publication or deprecation does, and survives restarts until delivered.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String fw, String version, String type, String previousVersion) {
        UUID eventId = UUID.randomUUID();
        String base = config.publicBaseUrl().replaceAll("/+$", "");
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("version", base + ApiPaths.tree(fw, version));
        if (previousVersion != null) {
            links.put("changes", base + ApiPaths.tree(fw, version) + "/changes?since=" + previousVersion);
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", eventId);
        event.put("type", type);
        event.put("occurredAt", Instant.now().toString());
        event.put("framework", fw);
        event.put("version", version);
        if (previousVersion != null) {
            event.put("previousVersion", previousVersion);
        }
        event.put("links", links);
        String payload;
        try {
            payload = objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        List<WebhookSubscriptionEntity> subscribers = WebhookSubscriptionEntity.list("framework is null or framework = ?1", fw);
        for (WebhookSubscriptionEntity s : subscribers) {
            WebhookOutboxEntity o = new WebhookOutboxEntity();
            o.subscriptionId = s.id;
            o.eventId = eventId;
            o.eventType = type;
            o.payload = payload;
            o.nextAttemptAt = Instant.now();
            o.persist();
        }
    }

    private WebhookSubscriptionEntity find(UUID id) {
        return Optional.ofNullable(WebhookSubscriptionEntity.<WebhookSubscriptionEntity>findById(id))
                .orElseThrow(() -> ProblemException.notFound("There is no webhook subscription " + id + "."));
    }

    private static WebhookView view(WebhookSubscriptionEntity s, boolean withSecret) {
        String self = PATH + "/" + s.id;
        return new WebhookView(s.id, s.url, s.framework, s.description, withSecret ? s.secret : null, s.createdAt,
                s.createdBy, self, self + "/deliveries");
    }

    private JsonNode tree(String json) {
        try {
            return objectMapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String generatedSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
