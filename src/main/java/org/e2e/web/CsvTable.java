package org.e2e.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;

/**
 * A spreadsheet of rows as CSV (RFC 4180): a header row, then one row per item; CRLF line ends; every text cell
 * quoted, its quotes doubled; UTF-8 with a byte-order mark, so that spreadsheet programs (Excel among them) read
 * accents and typographic quotes as UTF-8. Formula injection is neutralised as OWASP recommends: a text cell that
 * starts, after any spaces, with {@code =}, {@code +}, {@code -}, {@code @}, a tab, CR or LF (or a full-width
 * {@code ＝ ＋ － ＠}) gets a leading {@code '}, so no spreadsheet evaluates it. Numbers are written as numbers.
 */
public final class CsvTable {

    public static final String MEDIA_TYPE = "text/csv";
    /** As sent: UTF-8, with a header row (RFC 4180 §3). */
    public static final MediaType TYPE = MediaType.valueOf("text/csv;charset=utf-8;header=present");
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(MEDIA_TYPE)).build();
    private static final String BOM = "\uFEFF";
    private static final String TRIGGERS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";

    private final StringBuilder out = new StringBuilder(BOM);
    private final int columns;

    public CsvTable(String... header) {
        this.columns = header.length;
        row((Object[]) header);
    }

    /** One row: text cells (null is an empty cell) and numbers, as many as the header has. */
    public CsvTable row(Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + columns + " columns");
        }
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object cell = cells[i];
            if (cell instanceof Number number) {
                out.append(number);
            } else if (cell != null) {
                out.append(quoted(neutralised(cell.toString())));
            }
        }
        out.append("\r\n");
        return this;
    }

    public byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the request's Accept prefers CSV to JSON (the operation's @Produces has already refused anything else). */
    public static boolean wanted(Request request) {
        Variant chosen = request.selectVariant(VARIANTS);
        return chosen != null && chosen.getMediaType().isCompatible(TYPE) && !chosen.getMediaType().isWildcardType();
    }

    /** The table as a download named {@code filename}, with its ETag (304 when If-None-Match holds it) and Vary: Accept. */
    public Response.ResponseBuilder ok(JsonRepresentation representations, Request request, String filename) {
        return representations.ok(request, JsonRepresentation.of(bytes()), TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    static String neutralised(String text) {
        String start = text.stripLeading();
        return !start.isEmpty() && TRIGGERS.indexOf(start.charAt(0)) >= 0 || !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0
                ? "'" + text : text;
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
