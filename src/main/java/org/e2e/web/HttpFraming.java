package org.e2e.web;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.e2e.problem.ProblemRendering;

import io.vertx.core.VertxException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Message framing errors the HTTP server lets through, refused as problems (CASE: imsx_StatusInfo) before anything
 * else runs, each as RFC 9112 says: an HTTP/1.1 request without a Host or with more than one (section 3.2: 400); a
 * Transfer-Encoding other than one "chunked" (section 6.1: a coding the server does not know is a 501; chunked twice
 * or not last, whose body length cannot be determined, a 400), both answered with Connection: close, since the
 * rest of the connection cannot be read reliably.
 */
@ApplicationScoped
public class HttpFraming {

    private final ProblemRendering rendering;

    public HttpFraming(ProblemRendering rendering) {
        this.rendering = rendering;
    }

    void register(@Observes Router router) {
        router.route().order(-2000).handler(this::check);
        router.route().order(-2000).failureHandler(this::failed);
    }

    /**
     * Failures of the router itself, before any handler of this service: an HTTP/1.1 request without Host, which
     * Vert.x refuses as it reads the request's authority (the framework's error JSON and an ERROR log otherwise).
     */
    void failed(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (ctx.response().ended()) {
            ctx.next();
        } else if (failure instanceof VertxException && String.valueOf(failure.getMessage()).contains("'Host'")) {
            HttpLimits.refuse(rendering, ctx, 400, "An HTTP/1.1 request needs a Host header.");
        } else {
            ctx.next();
        }
    }

    void check(RoutingContext ctx) {
        List<String> hosts = ctx.request().headers().getAll(HttpHeaders.HOST);
        if (ctx.request().version() != HttpVersion.HTTP_1_0 && hosts.size() != 1) {
            HttpLimits.refuse(rendering, ctx, 400, hosts.isEmpty() ? "An HTTP/1.1 request needs a Host header."
                    : "The request has " + hosts.size() + " Host headers; it must have exactly one.");
            return;
        }
        List<String> codings = ctx.request().headers().getAll(HttpHeaders.TRANSFER_ENCODING).stream()
                .flatMap(value -> List.of(value.split(",")).stream()).map(c -> c.strip().toLowerCase(Locale.ROOT))
                .toList();
        if (!codings.isEmpty() && !codings.equals(List.of("chunked"))) {
            String unknown = codings.stream().filter(c -> !c.equals("chunked")).findFirst().orElse(null);
            if (unknown != null) {
                HttpLimits.refuse(rendering, ctx, 501, "The transfer coding '" + unknown
                        + "' is not implemented; send the body with Content-Length or Transfer-Encoding: chunked.");
            } else {
                HttpLimits.refuse(rendering, ctx, 400,
                        "Transfer-Encoding names chunked more than once; the body length cannot be determined.");
            }
            return;
        }
        ctx.next();
    }
}
