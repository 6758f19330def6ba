package org.e2e.authoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Optional details of a deprecation.")
public record DeprecateRequest(
        @Schema(description = "When the version stops being served: an RFC 3339 instant or a date (midnight UTC). Sent "
                + "as the Sunset header (RFC 8594).", examples = "2027-06-30") String sunset) {
}
