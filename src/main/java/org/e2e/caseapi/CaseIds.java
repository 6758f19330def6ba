package org.e2e.caseapi;

import java.util.UUID;
import java.util.regex.Pattern;

import org.e2e.framework.NodeIds;
import java.util.Locale;

/**
 * CASE identifiers. A node keeps its id in every version of a framework, but a CASE item is one version's statement,
 * so every identifier is derived per version: a UUID v5 ({@link NodeIds#v5}, the service's namespace) of a name:
 * <ul>
 * <li>CFDocument: {@code case/document/{versionId}}</li>
 * <li>CFItem: {@code case/item/{versionId}/{nodeId}}</li>
 * <li>CFAssociation: {@code case/association/{versionId}/{type}/{originKey}/{destinationKey}}</li>
 * <li>CFItemType: {@code case/item-type/{versionId}/{typeCode}}</li>
 * <li>CFRubric: {@code case/rubric/{resourceId}}, criterion {@code case/rubric/{resourceId}/criterion/{slug}}, level
 * {@code case/rubric/{resourceId}/criterion/{slug}/level/{position}} (resources are not versioned)</li>
 * </ul>
 * All are lowercase v5 UUIDs, so they match the CASE identifier pattern.
 */
public final class CaseIds {

    /** The identifier pattern of the CASE schemas (version nibble 1-5, IETF variant). */
    public static final Pattern CASE_UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    private CaseIds() {
    }

    public static String document(UUID versionId) {
        return NodeIds.v5("case/document/" + versionId).toString();
    }

    public static String item(UUID versionId, UUID nodeId) {
        return NodeIds.v5("case/item/" + versionId + "/" + nodeId).toString();
    }

    public static String association(UUID versionId, String type, String originKey, String destinationKey) {
        return NodeIds.v5("case/association/" + versionId + "/" + type + "/" + originKey + "/" + destinationKey).toString();
    }

    public static String itemType(UUID versionId, String typeCode) {
        return NodeIds.v5("case/item-type/" + versionId + "/" + typeCode).toString();
    }

    public static String rubric(UUID resourceId) {
        return NodeIds.v5("case/rubric/" + resourceId).toString();
    }

    public static String criterion(UUID resourceId, String slug) {
        return NodeIds.v5("case/rubric/" + resourceId + "/criterion/" + slug).toString();
    }

    public static String level(UUID resourceId, String slug, int position) {
        return NodeIds.v5("case/rubric/" + resourceId + "/criterion/" + slug + "/level/" + position).toString();
    }

    /** The path parameter as a CASE identifier, or a 404 invalid_uuid. Upper case is accepted and lowered. */
    public static String require(String sourcedId) {
        String id = sourcedId == null ? "" : sourcedId.toLowerCase(Locale.ROOT);
        if (!CASE_UUID.matcher(id).matches()) {
            throw CaseException.invalidUuid(sourcedId);
        }
        return id;
    }
}
