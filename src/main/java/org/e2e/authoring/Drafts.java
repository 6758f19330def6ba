package org.e2e.authoring;

import java.util.List;

import org.e2e.framework.ApiPaths;
import org.e2e.framework.FrameworkEntity;
import org.e2e.framework.FrameworkVersionEntity;
import org.e2e.framework.VersionStatus;
import org.e2e.problem.Problem;
import org.e2e.problem.ProblemException;

/**
 * Lookups every authoring write starts with. A write locks its version row (SELECT ... FOR UPDATE) before it reads
 * anything else, so writes to one version are serialized and the If-Match check sees the state the write changes.
 */
final class Drafts {

    private Drafts() {
    }

    static FrameworkEntity framework(String fw) {
        return FrameworkEntity.findBySlug(fw).orElseThrow(() -> ProblemException.notFound("There is no framework '" + fw + "'."));
    }

    static FrameworkVersionEntity lock(FrameworkEntity framework, String version) {
        return FrameworkVersionEntity.findVersionForUpdate(framework.id, version)
                .orElseThrow(() -> ProblemException.notFound("Framework '" + framework.slug + "' has no version '" + version + "'."));
    }

    static FrameworkVersionEntity lockDraft(FrameworkEntity framework, String version) {
        return requireDraft(framework, lock(framework, version));
    }

    /** A published or deprecated version never changes: a write to it is a 409 that says how to edit instead. */
    static FrameworkVersionEntity requireDraft(FrameworkEntity framework, FrameworkVersionEntity v) {
        if (v.status != VersionStatus.DRAFT) {
            throw ProblemException.immutable("Version " + v.version + " of framework '" + framework.slug + "' is "
                    + v.status.value() + " and never changes. Create a draft (POST " + ApiPaths.versions(framework.slug)
                    + ") and edit that.");
        }
        return v;
    }

    static Problem.InvalidInput body(String pointer, String detail) {
        return new Problem.InvalidInput("body", pointer, detail);
    }

    static ProblemException invalid(String pointer, String detail) {
        return ProblemException.unprocessable(List.of(body(pointer, detail)));
    }
}
