package org.e2e.caseapi;

import java.util.ArrayList;
import java.util.List;

import org.e2e.caseapi.CaseModel.CFRubric;
import org.e2e.caseapi.CaseModel.CFRubricCriterion;
import org.e2e.caseapi.CaseModel.CFRubricCriterionLevel;
import org.e2e.resource.ResourceEntity;
import org.e2e.resource.Rubric;

/** A rubric resource of the library as a CFRubric: its criteria (practice components) and their levels, verbatim. */
final class CaseRubrics {

    private CaseRubrics() {
    }

    /** @param base the public base URL without a trailing slash */
    static CFRubric rubric(String base, ResourceEntity r) {
        String id = CaseIds.rubric(r.id);
        String rubricUri = CaseMapper.uri(base, "CFRubrics", id);
        String changed = CaseMapper.dateTime(r.updatedAt);
        List<CFRubricCriterion> criteria = new ArrayList<>();
        for (Rubric.Criterion c : r.rubric.criteria()) {
            String cid = CaseIds.criterion(r.id, c.slug());
            List<CFRubricCriterionLevel> levels = new ArrayList<>();
            for (Rubric.Level l : c.levels()) {
                String lid = CaseIds.level(r.id, c.slug(), l.position());
                levels.add(new CFRubricCriterionLevel(lid, rubricUri + "#" + lid, String.join("\n\n", l.paragraphs()),
                        l.name(), l.position(), cid, changed));
            }
            criteria.add(new CFRubricCriterion(cid, rubricUri + "#" + cid, c.title(), c.title(), c.position(), id, changed,
                    List.copyOf(levels)));
        }
        return new CFRubric(id, rubricUri, r.title, r.summary, changed, List.copyOf(criteria));
    }
}
