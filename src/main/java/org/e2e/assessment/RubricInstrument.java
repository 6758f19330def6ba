package org.e2e.assessment;

import java.util.List;
import java.util.UUID;

import org.e2e.framework.NodeType;
import org.e2e.resource.Rubric;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rubric as a self-assessment instrument: its criteria and levels with the framework nodes and resources that support each. */
@Schema(description = "A rubric as a self-assessment instrument: each criterion with its levels, verbatim, and the "
        + "framework nodes (with their recommended actions) and library resources that support it (editorial links).")
public record RubricInstrument(
        @Schema(description = "The rubric resource and the revision read.") RubricRef resource,
        @Schema(description = "The framework versions the supports were resolved in.") List<FrameworkVersionRef> frameworks,
        @Schema(description = "True when the level names are editorial because the source names no levels.") boolean levelNamesEditorial,
        @Schema(description = "The criteria, in order.") List<InstrumentCriterion> criteria,
        @Schema(description = "Where to assess with this instrument.") InstrumentLinks links) {

    @Schema(name = "RubricRef", description = "The rubric resource a result or instrument was computed from.")
    public record RubricRef(
            @Schema(description = "Resource slug.", examples = "staff-relationships-and-collaboration") String slug,
            @Schema(description = "Resource title, verbatim.", examples = "Staff Relationships and Collaboration") String title,
            @Schema(description = "Published revision of the resource: 1 when first published, one more at every publish.", examples = "1") int revision,
            @Schema(description = "Root-relative link to the resource.", examples = "/api/v1/resources/staff-relationships-and-collaboration") String self) {
    }

    @Schema(name = "FrameworkVersionRef", description = "A framework version that links were resolved in.")
    public record FrameworkVersionRef(
            @Schema(description = "Framework slug.", examples = "e2e-relationships") String framework,
            @Schema(description = "Version (the latest published).", examples = "1.0.0") String version) {
    }

    @Schema(name = "InstrumentCriterion", description = "One criterion of the instrument.")
    public record InstrumentCriterion(
            @Schema(description = "1-based position.", examples = "1") int position,
            @Schema(description = "Slug: the key of its rating.", examples = "cultivating-staff-relationships") String slug,
            @Schema(description = "Title, verbatim.", examples = "Cultivating Staff Relationships") String title,
            @Schema(description = "The levels, from the first to the most developed; a rating is a level's position.") List<Rubric.Level> levels,
            @Schema(description = "Framework nodes that support the criterion, with their recommended actions.") List<SupportNode> supports,
            @Schema(description = "Library resources that support the criterion.") List<SupportResource> resources) {
    }

    @Schema(name = "SupportNode", description = "A framework node linked to a criterion, as it is in the latest published version.")
    public record SupportNode(
            @Schema(description = "Framework slug.", examples = "e2e-relationships") String framework,
            @Schema(description = "Version the node was resolved in.", examples = "1.0.0") String version,
            @Schema(description = "Node type.", examples = "category") NodeType type,
            @Schema(description = "Stable node id, the same in every version.") UUID id,
            @Schema(description = "Node slug.", examples = "trust") String slug,
            @Schema(description = "Node title (an action's text).", examples = "Trust") String title,
            @Schema(description = "Root-relative link to the node.") String self,
            @Schema(description = "The recommended actions at or below the node, verbatim, in order (empty for elements the framework only names).") List<SupportAction> actions) {
    }

    @Schema(name = "SupportAction", description = "A recommended action of the framework, verbatim.")
    public record SupportAction(
            @Schema(description = "Stable node id.") UUID id,
            @Schema(description = "Slug.", examples = "be-reliable") String slug,
            @Schema(description = "The action, verbatim.", examples = "Be reliable: Tell your colleagues what you are going to do, then do it.") String text,
            @Schema(description = "Root-relative link to the action node.") String self) {
    }

    @Schema(name = "SupportResource", description = "A library resource linked to a criterion.")
    public record SupportResource(
            @Schema(description = "Slug.", examples = "how-to-build-a-teacher-alliance") String slug,
            @Schema(description = "Title, verbatim.", examples = "How to build a teacher alliance") String title,
            @Schema(description = "The toolkit's label for its type.", examples = "Article") String typeLabel,
            @Schema(description = "Root-relative link to the resource.") String self,
            @Schema(description = "Absolute URL of its full page.") String view) {
    }

    @Schema(name = "InstrumentLinks", description = "Links of an instrument.")
    public record InstrumentLinks(
            @Schema(description = "Root-relative URL to POST ratings to.", examples = "/api/v1/resources/staff-relationships-and-collaboration/assessment") String assess,
            @Schema(description = "Absolute URL of the embeddable assessment card.") String embed,
            @Schema(description = "Absolute URL of the full assessment page.") String view) {
    }
}
