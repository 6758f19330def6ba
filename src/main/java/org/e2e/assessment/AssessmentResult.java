package org.e2e.assessment;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.e2e.assessment.RubricInstrument.FrameworkVersionRef;
import org.e2e.assessment.RubricInstrument.RubricRef;
import org.e2e.assessment.RubricInstrument.SupportNode;
import org.e2e.assessment.RubricInstrument.SupportResource;
import org.e2e.resource.Rubric;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The result of a self-assessment: pure computation from the ratings, the rubric's revision and the framework versions. */
@Schema(description = "A self-assessment result. Nothing is stored: the same ratings against the same resource revision "
        + "and framework versions always give the same bytes (and ETag). Every text is verbatim from the content.")
public record AssessmentResult(
        @Schema(description = "The rubric and the revision the result was computed from.") RubricRef resource,
        @Schema(description = "The framework versions the supports were resolved in.") List<FrameworkVersionRef> frameworks,
        @Schema(description = "The ratings, in criterion order (rated criteria only).", examples = "{\"cultivating-staff-relationships\": 1, \"supporting-staff-trust-and-belonging\": 2}")
        Map<String, Integer> ratings,
        @Schema(description = "Every criterion in order: where the school stands and what comes next.") List<AssessedCriterion> criteria,
        @Schema(description = "One ranked list of next steps across the rated criteria: lowest-rated criteria first, then criterion order, then link order; each action or resource once.")
        List<NextStep> nextSteps,
        @Schema(description = "Shareable links to this result.") ResultLinks links) {

    @Schema(name = "AssessedCriterion", description = "One criterion of a result.")
    public record AssessedCriterion(
            @Schema(description = "1-based position.", examples = "1") int position,
            @Schema(description = "Slug.", examples = "cultivating-staff-relationships") String slug,
            @Schema(description = "Title, verbatim.", examples = "Cultivating Staff Relationships") String title,
            @Schema(description = "Whether the criterion was rated.") boolean rated,
            @Schema(description = "The chosen level (absent when not rated).") Rubric.Level current,
            @Schema(description = "The next level: the growth target (absent at the top level or when not rated).") Rubric.Level next,
            @Schema(description = "True when the chosen level is the rubric's most developed one: the supports are what sustains it.") boolean topLevel,
            @Schema(description = "Number of levels of the criterion.", examples = "3") int levelCount,
            @Schema(description = "Framework nodes that support the criterion, with their recommended actions.") List<SupportNode> supports,
            @Schema(description = "Library resources that support the criterion.") List<SupportResource> resources) {
    }

    @Schema(name = "NextStep", description = "One next step: a recommended action of the framework or a resource of the library.")
    public record NextStep(
            @Schema(description = "1-based rank.", examples = "1") int rank,
            @Schema(description = "What it is.", enumeration = { "action", "resource" }, examples = "action") String kind,
            @Schema(description = "The action's text or the resource's title, verbatim.", examples = "Set up a routine to honor educators’ efforts and contributions (e.g., celebrate teaching anniversaries)") String text,
            @Schema(description = "The rated criteria it supports, in rank order.", examples = "[\"cultivating-staff-relationships\"]") List<String> criteria,
            @Schema(description = "Stable node id of an action.") UUID id,
            @Schema(description = "Slug of the action or resource.", examples = "set-up-a-routine-to-honor-efforts") String slug,
            @Schema(description = "Root-relative API link.") String self,
            @Schema(description = "Absolute URL of a resource's full page.") String view) {
    }

    @Schema(name = "AssessmentLinks", description = "Links of a result.")
    public record ResultLinks(
            @Schema(description = "Root-relative, shareable GET URL of this result (ratings as query parameters).",
                    examples = "/api/v1/resources/staff-relationships-and-collaboration/assessment?cultivating-staff-relationships=1&supporting-staff-trust-and-belonging=2")
            String self,
            @Schema(description = "Absolute URL of the printable result page.") String view,
            @Schema(description = "Absolute URL of the assessment card with these ratings.") String embed) {
    }
}
