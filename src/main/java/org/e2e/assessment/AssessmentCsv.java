package org.e2e.assessment;

import java.util.List;

import org.e2e.assessment.AssessmentResult.AssessedCriterion;
import org.e2e.assessment.AssessmentResult.NextStep;
import org.e2e.web.CsvTable;

/**
 * A self-assessment result as a spreadsheet: per rated criterion (in criterion order), one row per next step that
 * serves it (in rank order), or one row without a step when none does.
 */
final class AssessmentCsv {

    static final String[] HEADER = { "criterion", "rating", "next level", "rank", "next step", "kind", "link" };

    private AssessmentCsv() {
    }

    /** {@code base}: the public base URL, before an action's root-relative API link. */
    static CsvTable of(AssessmentResult result, String base) {
        CsvTable table = new CsvTable(HEADER);
        for (AssessedCriterion c : result.criteria()) {
            if (!c.rated()) {
                continue;
            }
            String rating = c.current().name() + " of " + c.levelCount();
            String next = c.next() == null ? null : c.next().name();
            List<NextStep> steps = result.nextSteps().stream().filter(s -> s.criteria().contains(c.slug())).toList();
            if (steps.isEmpty()) {
                table.row(c.title(), rating, next, null, null, null, null);
            }
            for (NextStep step : steps) {
                table.row(c.title(), rating, next, step.rank(), step.text(), step.kind(),
                        step.view() != null ? step.view() : base + step.self());
            }
        }
        return table;
    }
}
