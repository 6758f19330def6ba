package org.e2e.caseapi;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;

import org.e2e.problem.Problem;
import org.e2e.problem.ProblemRenderer;

/**
 * Every error under the CASE API is an imsx_StatusInfo, as its binding requires, never problem+json: codeMajor
 * failure, severity error and one codeMinor field, taken from a {@link CaseException} or else from the status.
 */
@ApplicationScoped
public class CaseProblemRenderer implements ProblemRenderer {

    @Override
    public boolean renders(String path) {
        return path.startsWith(CaseMapper.BASE + "/");
    }

    @Override
    public String mediaType() {
        return MediaType.APPLICATION_JSON;
    }

    @Override
    public Object body(Problem problem, Throwable cause) {
        if (cause instanceof CaseException c) {
            return statusInfo(c.fieldName(), c.codeMinor(), problem.detail());
        }
        List<Problem.InvalidInput> errors = problem.errors() == null ? List.of() : problem.errors();
        String field = !errors.isEmpty() ? errors.get(0).name() : switch (problem.status()) {
            case 404 -> "sourcedId";
            case 405 -> "method";
            case 406 -> "Accept";
            default -> "request";
        };
        return statusInfo(field, codeMinor(problem.status()), problem.detail());
    }

    /** The CASE codeMinor values (imsx_CodeMinorValueEnum) closest to an HTTP status. */
    private static String codeMinor(int status) {
        return switch (status) {
            case 401 -> "unauthorised_request";
            case 403, 405 -> "forbidden";
            case 404 -> "unknownobject";
            case 503 -> "server_busy";
            default -> status >= 500 ? "internal_server_error" : "invalid_selection_field";
        };
    }

    static CaseModel.ImsxStatusInfo statusInfo(String fieldName, String codeMinor, String description) {
        return new CaseModel.ImsxStatusInfo("failure", "error", description,
                new CaseModel.ImsxCodeMinor(List.of(new CaseModel.ImsxCodeMinorField(fieldName, codeMinor))));
    }
}
