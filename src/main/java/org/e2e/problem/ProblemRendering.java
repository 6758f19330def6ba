package org.e2e.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes a {@link Problem} in the format its path calls for: the first {@link ProblemRenderer} that renders the path,
 * else RFC 9457 application/problem+json. Used by the exception mapper and by the HTTP layer below JAX-RS alike.
 */
@ApplicationScoped
public class ProblemRendering {

    public static final String PROBLEM_JSON = "application/problem+json";

    /** A rendered error: its media type and bytes. */
    public record Rendered(String mediaType, byte[] body) {
    }

    private final ObjectMapper objectMapper;
    private final List<ProblemRenderer> renderers;

    public ProblemRendering(ObjectMapper objectMapper, Instance<ProblemRenderer> renderers) {
        this.objectMapper = objectMapper;
        this.renderers = renderers.stream().toList();
    }

    public Rendered render(Problem problem, Throwable cause) {
        String path = problem.instance() == null ? "" : problem.instance();
        for (ProblemRenderer renderer : renderers) {
            if (renderer.renders(path)) {
                return new Rendered(renderer.mediaType(), write(renderer.body(problem, cause)));
            }
        }
        return new Rendered(PROBLEM_JSON, write(problem));
    }

    /** A problem known only by its status and a detail, such as a refusal by the HTTP server. */
    public Rendered render(int status, String detail, String path) {
        ProblemStatusMap.Kind kind = ProblemStatusMap.ofStatus(status);
        return render(new Problem(kind.type(), kind.title(), status, detail, path, List.of()), null);
    }

    private byte[] write(Object body) {
        try {
            return objectMapper.writeValueAsBytes(body);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
