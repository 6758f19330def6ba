package org.e2e.webhook;

import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.e2e.config.ServiceConfig;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * Delivers due outbox events: at least once, with exponential backoff, from any number of instances. Each round
 * claims due rows with SELECT ... FOR UPDATE SKIP LOCKED and keeps them locked while it delivers them, so two
 * instances never send the same attempt. Every attempt is logged in webhook_delivery.
 *
 * The body is signed: {@code X-E2E-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>} with
 * {@code X-E2E-Timestamp} the Unix time of the attempt.
 *
 * Before each attempt {@link WebhookTargetPolicy} resolves the subscriber's host and checks every address; the
 * request then connects to the checked address itself (Vert.x {@code RequestOptions.setServer}), while the Host
 * header, TLS SNI and certificate check use the host name. Nothing resolves the name a second time, so a DNS answer
 * that changes between the check and the connection cannot send the request elsewhere. A refused target is logged
 * as such and the event fails at once (no retries); redirects are never followed (a 3xx is a failed attempt).
 */
@ApplicationScoped
public class WebhookDispatcher {

    public static final String SIGNATURE = "X-E2E-Signature";
    public static final String TIMESTAMP = "X-E2E-Timestamp";
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final EntityManager em;
    private final ServiceConfig config;
    private final WebhookTargetPolicy targets;
    private final HttpClient client;

    public WebhookDispatcher(EntityManager em, ServiceConfig config, WebhookTargetPolicy targets, Vertx vertx) {
        this.em = em;
        this.config = config;
        this.targets = targets;
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(false).setForceSni(true)
                .setVerifyHost(true).setConnectTimeout((int) config.webhooks().timeout().toMillis()));
    }

    @PreDestroy
    void close() {
        client.close();
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
        boolean refused = false;
        try {
            WebhookTargetPolicy.Target target = targets.checkDelivery(s.url);
            log.statusCode = post(target, o, s.secret);
            if (log.statusCode >= 300 && log.statusCode < 400) {
                error = "the subscriber answered " + log.statusCode + "; redirects are not followed";
            } else if (log.statusCode < 200 || log.statusCode >= 300) {
                error = "the subscriber answered " + log.statusCode;
            }
        } catch (WebhookTargetPolicy.RefusedTarget e) {
            refused = true;
            error = "refused: the URL " + e.getMessage();
        } catch (UnknownHostException e) {
            error = "the host " + e.getMessage() + " does not resolve";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (TimeoutException e) {
            error = "no answer within " + config.webhooks().timeout();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            error = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
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
            if (refused || o.attempts >= config.webhooks().maxAttempts()) {
                o.status = WebhookOutboxEntity.FAILED;
                LOG.warnf("Webhook event %s to %s given up after %d attempts: %s", o.eventId, s.url, o.attempts, error);
            } else {
                o.nextAttemptAt = Instant.now().plus(backoff(o.attempts));
            }
        }
    }

    /** One signed POST to the checked address; answers the status code. */
    private int post(WebhookTargetPolicy.Target target, WebhookOutboxEntity o, String secret)
            throws InterruptedException, ExecutionException, TimeoutException {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        long timeout = config.webhooks().timeout().toMillis();
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                .setHost(target.host()).setPort(target.port()).setSsl(target.https()).setURI(target.requestUri())
                .setFollowRedirects(false).setTimeout(timeout)
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", "e2e-framework-service")
                .putHeader("X-E2E-Event", o.eventType)
                .putHeader("X-E2E-Event-Id", o.eventId.toString())
                .putHeader("X-E2E-Delivery", o.id + "-" + o.attempts)
                .putHeader(TIMESTAMP, timestamp)
                .putHeader(SIGNATURE, "sha256=" + sign(secret, timestamp + "." + o.payload));
        return client.request(request)
                .compose(r -> r.send(Buffer.buffer(o.payload.getBytes(StandardCharsets.UTF_8))))
                .compose(response -> response.end().map(v -> response.statusCode()))
                .toCompletionStage().toCompletableFuture().get(timeout * 2, TimeUnit.MILLISECONDS);
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
