package org.e2e.resource;

import java.util.stream.Collectors;

import org.e2e.web.CsvTable;

/** A page of the resource library as a spreadsheet: one row per resource, lists in a cell joined by "; ". */
final class ResourcesCsv {

    static final String[] HEADER = { "title", "type", "audiences", "tags", "reading time (minutes)", "link" };

    private ResourcesCsv() {
    }

    static CsvTable of(ResourcePage page) {
        CsvTable table = new CsvTable(HEADER);
        for (ResourceSummary r : page.items()) {
            table.row(r.title(), r.typeLabel(), r.audiences().stream().map(ResourceSummary.AudienceView::label)
                    .collect(Collectors.joining("; ")), String.join("; ", r.tags()), r.readingTimeMinutes(), r.links().view());
        }
        return table;
    }
}
