package org.e2e.authoring;

import java.time.Instant;

import org.e2e.framework.ApiPaths;
import org.e2e.framework.FrameworkEntity;
import org.e2e.framework.FrameworkVersionEntity;
import org.e2e.framework.VersionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A version with its life-cycle details and the links an editor needs.")
public record VersionDetail(
        @Schema(required = true, description = "Framework slug.", examples = "e2e-relationships") String framework,
        @Schema(required = true, description = "Semantic version.", examples = "1.1.0") String version,
        @Schema(required = true, description = "Life-cycle status.", examples = "draft") VersionStatus status,
        @Schema(description = "The version the draft was copied from.", examples = "1.0.0") String basedOn,
        @Schema(description = "Release notes.") String releaseNotes,
        @Schema(description = "Who created it (JWT subject).", examples = "editor-ana") String createdBy,
        @Schema(required = true, description = "When it was created.") Instant createdAt,
        @Schema(description = "When it was published.") Instant publishedAt,
        @Schema(description = "When it was deprecated.") Instant deprecatedAt,
        @Schema(description = "When it stops being served.") Instant sunsetAt,
        @Schema(required = true, description = "Links.") Links links) {

    @Schema(name = "VersionLinks", description = "Root-relative links of a version.")
    public record Links(
            @Schema(required = true, examples = "/api/v1/frameworks/e2e-relationships/versions/1.1.0") String self,
            @Schema(required = true, examples = "/api/v1/frameworks/e2e-relationships/versions/1.1.0/export") String export,
            @Schema(description = "Changes since the version it was based on, when known.",
                    examples = "/api/v1/frameworks/e2e-relationships/versions/1.1.0/changes?since=1.0.0") String changes) {
    }

    /** A version as the authoring API answers with it. */
    static VersionDetail of(FrameworkEntity f, FrameworkVersionEntity v) {
        String self = ApiPaths.tree(f.slug, v.version);
        return new VersionDetail(f.slug, v.version, v.status, v.basedOn, v.releaseNotes, v.createdBy, v.createdAt,
                v.publishedAt, v.deprecatedAt, v.sunsetAt, new Links(self, self + "/export",
                        v.basedOn == null ? null : self + "/changes?since=" + v.basedOn));
    }
}
