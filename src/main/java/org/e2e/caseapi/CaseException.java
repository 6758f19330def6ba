package org.e2e.caseapi;

/**
 * A client error on the CASE API (/ims/case/v1p1). The one exception mapper (ProblemExceptionMapper) turns it into an
 * imsx_StatusInfo body (codeMajor failure, severity error, one codeMinor field), never into problem+json.
 */
public class CaseException extends RuntimeException {

    private final int status;
    private final String fieldName;
    private final String codeMinor;

    public CaseException(int status, String fieldName, String codeMinor, String description) {
        super(description, null, false, false);
        this.status = status;
        this.fieldName = fieldName;
        this.codeMinor = codeMinor;
    }

    public static CaseException unknownObject(String kind, String sourcedId) {
        return new CaseException(404, "sourcedId", "unknownobject", "There is no " + kind + " with identifier " + sourcedId + ".");
    }

    public static CaseException invalidUuid(String sourcedId) {
        return new CaseException(404, "sourcedId", "invalid_uuid",
                "'" + sourcedId + "' is not a CASE identifier (a lowercase UUID such as 2f3c0f7e-4a1b-5c8d-9e2f-1a2b3c4d5e6f).");
    }

    public static CaseException invalidSelection(String parameter, String detail) {
        return new CaseException(400, parameter, "invalid_selection_field", "Query parameter '" + parameter + "' " + detail + ".");
    }

    public static CaseException invalidSort(String parameter, String detail) {
        return new CaseException(400, parameter, "invalid_sort_field", "Query parameter '" + parameter + "' " + detail + ".");
    }

    public int status() {
        return status;
    }

    public String fieldName() {
        return fieldName;
    }

    public String codeMinor() {
        return codeMinor;
    }

    /** The imsx_StatusInfo body of an error. */
    public static CaseModel.ImsxStatusInfo statusInfo(String fieldName, String codeMinor, String description) {
        return new CaseModel.ImsxStatusInfo("failure", "error", description,
                new CaseModel.ImsxCodeMinor(java.util.List.of(new CaseModel.ImsxCodeMinorField(fieldName, codeMinor))));
    }
}
