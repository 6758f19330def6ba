package org.e2e.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.e2e.config.ServiceConfig;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Delivers due outbox events: at least once, with exponential backoff, from any number of instances. Each round
 * claims due rows with SELECT ... FOR UPDATE SKIP LOCKED and keeps them locked while it delivers them, so two
 * instances never send the same attempt. Every attempt is logged in webhook_delivery.
 *
 * The body is signed: {@code X-E2E-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>} with
 * {@code X-E2E-Timestamp} the Unix time of the attempt.
 */
@ApplicationScoped
public class WebhookDispatcher {

    public static final String SIGNATURE = "X-E2E-Signature";
    public static final String TIMESTAMP = "X-E2E-Timestamp";
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final EntityManager em;
    private final ServiceConfig config;
    private final HttpClient client;

    public WebhookDispatcher(EntityManager em, ServiceConfig config) {
        this.em = em;
        this.config = config;
        this.client = HttpClient.newBuilder().connectTimeout(config.webhooks().timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(every = "${e2e.webhooks.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        if (!config.webhooks().deliveryEnabled()) {
            return;
        }
        try {
            while (deliverDue() == config.webhooks().batchSize()) {
                // a full batch: there may be more due
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Webhook delivery round failed; it is retried at the next poll");
        }
    }

    /** One round: claims and delivers up to a batch of due events; returns how many it attempted. */
    public int deliverDue() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("SELECT id FROM webhook_outbox WHERE status = 'pending' "
                    + "AND next_attempt_at <= now() ORDER BY next_attempt_at, id LIMIT :n FOR UPDATE SKIP LOCKED")
                    .setParameter("n", config.webhooks().batchSize()).getResultList();
            for (Number id : ids) {
                WebhookOutboxEntity o = em.find(WebhookOutboxEntity.class, id.longValue());
                WebhookSubscriptionEntity s = em.find(WebhookSubscriptionEntity.class, o.subscriptionId);
                attempt(o, s);
            }
            return ids.size();
        });
    }

    private void attempt(WebhookOutboxEntity o, WebhookSubscriptionEntity s) {
        o.attempts++;
        WebhookDeliveryEntity log = new WebhookDeliveryEntity();
        log.outboxId = o.id;
        log.attempt = o.attempts;
        long start = System.nanoTime();
        String error = null;
        try {
            String timestamp = String.valueOf(Instant.now().getEpochSecond());
            HttpRequest request = HttpRequest.newBuilder(URI.create(s.url))
                    .timeout(config.webhooks().timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "e2e-framework-service")
                    .header("X-E2E-Event", o.eventType)
                    .header("X-E2E-Event-Id", o.eventId.toString())
                    .header("X-E2E-Delivery", o.id + "-" + o.attempts)
                    .header(TIMESTAMP, timestamp)
                    .header(SIGNATURE, "sha256=" + sign(s.secret, timestamp + "." + o.payload))
                    .POST(HttpRequest.BodyPublishers.ofString(o.payload, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            log.statusCode = response.statusCode();
            if (response.statusCode() < 200 || response.statusCode() >= 300) {
                error = "the subscriber answered " + response.statusCode();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        log.durationMs = Duration.ofNanos(System.nanoTime() - start).toMillis();
        log.error = error;
        em.persist(log);
        if (error == null) {
            o.status = WebhookOutboxEntity.DELIVERED;
            o.deliveredAt = Instant.now();
            o.lastError = null;
        } else {
            o.lastError = error;
            if (o.attempts >= config.webhooks().maxAttempts()) {
                o.status = WebhookOutboxEntity.FAILED;
                LOG.warnf("Webhook event %s to %s given up after %d attempts: %s", o.eventId, s.url, o.attempts, error);
            } else {
                o.nextAttemptAt = Instant.now().plus(backoff(o.attempts));
            }
        }
    }

    /** base, 2 base, 4 base, ... capped at the configured maximum. */
    Duration backoff(int attempts) {
        Duration base = config.webhooks().backoffBase();
        Duration max = config.webhooks().backoffMax();
        Duration wait = base.multipliedBy(1L << Math.min(attempts - 1, 30));
        return wait.compareTo(max) > 0 || wait.isNegative() ? max : wait;
    }

    public static String sign(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
