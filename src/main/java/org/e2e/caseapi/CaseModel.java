package org.e2e.caseapi;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The CASE 1.1 records this service sends. Each record's JSON is exactly its 1EdTech component schema
 * (imscasev1p1_openapi3_v1p0.json, e.g. CFDocumentDType): the same property names and order, and absent values are
 * omitted, never null, because the schemas forbid nulls and additional properties. {@link CaseMapper} (with its
 * parts {@link CaseAssociations} and {@link CaseRubrics}) is the only place that creates them.
 */
public final class CaseModel {

    private CaseModel() {
    }

    static final String UUID_EXAMPLE = "2f3c0f7e-4a1b-5c8d-9e2f-1a2b3c4d5e6f";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LinkURIDType", description = "CASE LinkURIDType: a link to another CASE object.")
    public record LinkURI(
            @Schema(examples = "The Educator-to-Educator Relationships Framework") String title,
            @Schema(description = "Lowercase UUID of the object.", examples = UUID_EXAMPLE) String identifier,
            @Schema(description = "Absolute URI of the object.", examples = "https://e2e.example.org/ims/case/v1p1/CFPackages/" + UUID_EXAMPLE) String uri) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LinkGenURIDType", description = "CASE LinkGenURIDType: a link to the origin or destination of an "
            + "association; targetType 'CASE' for a CASE object, 'ext:E2EResource' for a resource of this service.")
    public record LinkGenURI(
            @Schema(examples = "Be reliable: Tell your colleagues what you are going to do, then do it.") String title,
            @Schema(examples = UUID_EXAMPLE) String identifier,
            @Schema(examples = "https://e2e.example.org/ims/case/v1p1/CFItems/" + UUID_EXAMPLE) String uri,
            @Schema(examples = "CASE") String targetType) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CFDocumentDType", description = "CASE CFDocumentDType: one published or deprecated version of a framework.")
    public record CFDocument(
            @Schema(examples = UUID_EXAMPLE) String identifier,
            @Schema(examples = "https://e2e.example.org/ims/case/v1p1/CFDocuments/" + UUID_EXAMPLE) String uri,
            @Schema(examples = "1.1") String caseVersion,
            @Schema(examples = "The Educator-to-Educator Relationships Toolkit") String creator,
            @Schema(examples = "The Educator-to-Educator Relationships Toolkit") String publisher,
            @Schema(examples = "The Educator-to-Educator Relationships Framework") String title,
            @Schema(examples = "2026-11-22T00:00:00Z") String lastChangeDateTime,
            String description,
            @Schema(examples = "en") String language,
            @Schema(examples = "1.0.0") String version,
            @Schema(description = "'Adopted' for a published version, 'Deprecated' for a deprecated one.", examples = "Adopted") String adoptionStatus,
            @Schema(examples = "2026-11-22") String statusStartDate,
            @Schema(examples = "2027-06-30") String statusEndDate,
            @Schema(description = "The framework's reference list.") String notes,
            @JsonProperty("CFPackageURI") LinkURI CFPackageURI) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CFDocumentSetDType", description = "CASE CFDocumentSetDType.")
    public record CFDocumentSet(@JsonProperty("CFDocuments") List<CFDocument> CFDocuments) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CFPckgDocumentDType", description = "CASE CFPckgDocumentDType: the document inside a package.")
    public record CFPckgDocument(
            String identifier,
            String uri,
            String caseVersion,
            String creator,
            String publisher,
            String title,
            String lastChangeDateTime,
            String description,
            String language,
            String version,
            String adoptionStatus,
            String statusStartDate,
            String statusEndDate,
            String notes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CFItemDType", description = "CASE CFItemDType: a layer, element, category, recommended action, "
            + "principle or outcome of one version.")
    public record CFItem(
            @Schema(examples = UUID_EXAMPLE) String identifier,
            @Schema(examples = "Be reliable: Tell your colleagues what you are going to do, then do it.") String fullStatement,
            String alternativeLabel,
            @JsonProperty("CFItemType") @Schema(examples = "Action") String CFItemType,
            String uri,
            @Schema(examples = "R.B.T.9") String humanCodingScheme,
            @Schema(examples = "9") String listEnumeration,
            @Schema(examples = "Trust") String abbreviatedStatement,
            String notes,
            @Schema(examples = "en") String language,
            @JsonProperty("CFItemTypeURI") LinkURI CFItemTypeURI,
            String lastChangeDateTime,
            @JsonProperty("CFDocumentURI") LinkURI CFDocumentURI) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CFPckgItemDType", description = "CASE CFPckgItemDType: an item inside a package.")
    public record CFPckgItem(
            String identifier,
            String fullStatement,
            String alternativeLabel,
            @JsonProperty("CFItemType") String CFItemType,
            String uri,
            String humanCodingScheme,
            String listEnumeration,
            String abbreviatedStatement,
            String notes,
            String language,
            @JsonProperty("CFItemTypeURI") LinkURI CFItemTypeURI,
            String lastChangeDateTime) {

        /** The item with everything that differs between versions by construction blanked: its CASE content. */
        CFPckgItem content() {
            return new CFPckgItem(null, fullStatement, alternativeLabel, CFItemType, null, humanCodingScheme,
                    listEnumeration, abbreviatedStatement, notes, language, null, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CFAssociationDType", description = "CASE CFAssociationDType.")
    public record CFAssociation(
            String identifier,
            @Schema(examples = "isChildOf") String associationType,
            Integer sequenceNumber,
            String uri,
            LinkGenURI originNodeURI,
            LinkGenURI destinationNodeURI,
            String lastChangeDateTime,
            @JsonProperty("CFDocumentURI") LinkURI CFDocumentURI) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CFPckgAssociationDType", description = "CASE CFPckgAssociationDType: an association inside a package.")
    public record CFPckgAssociation(
            String identifier,
            @Schema(examples = "isChildOf") String associationType,
            Integer sequenceNumber,
            String uri,
            LinkGenURI originNodeURI,
            LinkGenURI destinationNodeURI,
            String lastChangeDateTime) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CFAssociationSetDType", description = "CASE CFAssociationSetDType: an item with every association it takes part in.")
    public record CFAssociationSet(
            @JsonProperty("CFItem") CFItem CFItem,
            @JsonProperty("CFAssociations") List<CFPckgAssociation> CFAssociations) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CFItemTypeDType", description = "CASE CFItemTypeDType: Layer, Element, Category, Action, Section, Principle or Outcome.")
    public record CFItemType(
            String identifier,
            String uri,
            @Schema(examples = "Action") String title,
            String description,
            @Schema(examples = "4") String hierarchyCode,
            @Schema(examples = "action") String typeCode,
            String lastChangeDateTime) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CFDefinitionDType", description = "CASE CFDefinitionDType: the item types a package uses.")
    public record CFDefinition(@JsonProperty("CFItemTypes") List<CFItemType> CFItemTypes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CFRubricCriterionLevelDType", description = "CASE CFRubricCriterionLevelDType: one level of a criterion.")
    public record CFRubricCriterionLevel(
            String identifier,
            String uri,
            String description,
            @Schema(examples = "Level 1") String quality,
            Integer position,
            String rubricCriterionId,
            String lastChangeDateTime) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CFRubricCriterionDType", description = "CASE CFRubricCriterionDType: one practice component of a rubric.")
    public record CFRubricCriterion(
            String identifier,
            String uri,
            @Schema(examples = "Supporting Staff Trust and Belonging") String category,
            String description,
            Integer position,
            String rubricId,
            String lastChangeDateTime,
            @JsonProperty("CFRubricCriterionLevels") List<CFRubricCriterionLevel> CFRubricCriterionLevels) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CFRubricDType", description = "CASE CFRubricDType: a rubric resource of the library.")
    public record CFRubric(
            String identifier,
            String uri,
            @Schema(examples = "Staff Relationships and Collaboration") String title,
            String description,
            String lastChangeDateTime,
            @JsonProperty("CFRubricCriteria") List<CFRubricCriterion> CFRubricCriteria) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CFPackageDType", description = "CASE CFPackageDType: a whole version: document, items, associations, "
            + "item types and the rubrics related to its items.")
    public record CFPackage(
            @JsonProperty("CFDocument") CFPckgDocument CFDocument,
            @JsonProperty("CFItems") List<CFPckgItem> CFItems,
            @JsonProperty("CFAssociations") List<CFPckgAssociation> CFAssociations,
            @JsonProperty("CFDefinitions") CFDefinition CFDefinitions,
            @JsonProperty("CFRubrics") List<CFRubric> CFRubrics) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "imsx_StatusInfoDType", description = "CASE imsx_StatusInfoDType: every error under /ims/case/v1p1.")
    public record ImsxStatusInfo(
            @Schema(examples = "failure") String imsx_codeMajor,
            @Schema(examples = "error") String imsx_severity,
            @Schema(examples = "There is no CFItem with identifier 2f3c0f7e-4a1b-5c8d-9e2f-1a2b3c4d5e6f.") String imsx_description,
            ImsxCodeMinor imsx_codeMinor) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "imsx_CodeMinorDType", description = "CASE imsx_CodeMinorDType.")
    public record ImsxCodeMinor(List<ImsxCodeMinorField> imsx_codeMinorField) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "imsx_CodeMinorFieldDType", description = "CASE imsx_CodeMinorFieldDType.")
    public record ImsxCodeMinorField(
            @Schema(examples = "sourcedId") String imsx_codeMinorFieldName,
            @Schema(examples = "unknownobject", enumeration = { "forbidden", "fullsuccess", "internal_server_error",
                    "invalid_selection_field", "invalid_sort_field", "invalid_uuid", "server_busy",
                    "unauthorised_request", "unknownobject" }) String imsx_codeMinorFieldValue) {
    }
}
