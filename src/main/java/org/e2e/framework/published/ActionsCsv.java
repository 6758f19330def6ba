package org.e2e.framework.published;

import org.e2e.framework.ActionPage;
import org.e2e.framework.ActionPage.ActionItem;
import org.e2e.framework.Crumb;
import org.e2e.framework.NodeType;
import org.e2e.web.CsvTable;

/** A page of recommended actions as a spreadsheet: one row per action, with where it sits and a link to read it. */
final class ActionsCsv {

    static final String[] HEADER = { "layer", "element", "category", "action", "id", "link" };

    private ActionsCsv() {
    }

    /** {@code base}: the public base URL; each link opens the action's element page at its category. */
    static CsvTable of(ActionPage page, String base) {
        CsvTable table = new CsvTable(HEADER);
        for (ActionItem action : page.items()) {
            Crumb element = crumb(action, NodeType.ELEMENT);
            Crumb category = crumb(action, NodeType.CATEGORY);
            String link = element == null ? base + action.self()
                    : base + "/view/frameworks/" + page.framework() + "/elements/" + element.slug()
                            + (category == null ? "" : "#cat-" + category.slug());
            table.row(title(crumb(action, NodeType.LAYER)), title(element), title(category), action.text(), action.id().toString(), link);
        }
        return table;
    }

    private static Crumb crumb(ActionItem action, NodeType type) {
        return action.path().stream().filter(c -> c.type() == type).findFirst().orElse(null);
    }

    private static String title(Crumb crumb) {
        return crumb == null ? null : crumb.title();
    }
}
