package org.e2e.caseapi;

import org.e2e.problem.InvalidParameterException;
import org.e2e.problem.NotFoundException;

/**
 * The client errors of the CASE API (/ims/case/v1p1): typed exceptions of the one error vocabulary (their status
 * comes from its table) that also carry the imsx codeMinor and field name the CASE binding defines, which
 * {@link CaseProblemRenderer} writes into imsx_StatusInfo.
 */
public interface CaseException {

    String fieldName();

    String codeMinor();

    /** 404 with a CASE codeMinor (unknownobject, invalid_uuid). */
    final class NotFound extends NotFoundException implements CaseException {
        private final String fieldName;
        private final String codeMinor;

        NotFound(String fieldName, String codeMinor, String description) {
            super(description);
            this.fieldName = fieldName;
            this.codeMinor = codeMinor;
        }

        @Override
        public String fieldName() {
            return fieldName;
        }

        @Override
        public String codeMinor() {
            return codeMinor;
        }
    }

    /** 400 for a query parameter, with a CASE codeMinor (invalid_selection_field, invalid_sort_field). */
    final class BadRequest extends InvalidParameterException implements CaseException {
        private final String codeMinor;

        BadRequest(String parameter, String codeMinor, String detail) {
            super("query", parameter, detail);
            this.codeMinor = codeMinor;
        }

        @Override
        public String fieldName() {
            return errors().get(0).name();
        }

        @Override
        public String codeMinor() {
            return codeMinor;
        }
    }

    static NotFound notFound(String fieldName, String codeMinor, String description) {
        return new NotFound(fieldName, codeMinor, description);
    }

    static NotFound unknownObject(String kind, String sourcedId) {
        return new NotFound("sourcedId", "unknownobject", "There is no " + kind + " with identifier " + sourcedId + ".");
    }

    static NotFound invalidUuid(String sourcedId) {
        return new NotFound("sourcedId", "invalid_uuid",
                "'" + sourcedId + "' is not a CASE identifier (a lowercase UUID such as 2f3c0f7e-4a1b-5c8d-9e2f-1a2b3c4d5e6f).");
    }

    static BadRequest invalidSelection(String parameter, String detail) {
        return new BadRequest(parameter, "invalid_selection_field", detail);
    }

    static BadRequest invalidSort(String parameter, String detail) {
        return new BadRequest(parameter, "invalid_sort_field", detail);
    }
}
