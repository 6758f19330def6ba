package org.e2e.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 4180 output and OWASP's formula-injection rule, without a boot. */
class CsvTableTest {

    @Test
    void quotesEveryTextCellDoublesQuotesAndEndsRecordsWithCrlf() {
        byte[] bytes = new CsvTable("a", "b", "c").row("say \"hi\", then\r\nleave", 42, null).row("Zürich — “Année”", -3, "").bytes();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals("\uFEFF\"a\",\"b\",\"c\"\r\n\"say \"\"hi\"\", then\r\nleave\",42,\r\n\"Zürich — “Année”\",-3,\"\"\r\n", text);
        assertEquals(List.of(List.of("a", "b", "c"), List.of("say \"hi\", then\r\nleave", "42", ""),
                List.of("Zürich — “Année”", "-3", "")), CsvRows.parse(text.substring(1)));
        assertEquals((byte) 0xEF, bytes[0], "a UTF-8 byte-order mark");
    }

    @ParameterizedTest
    @ValueSource(strings = { "=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1", "\n=1", "  =HYPERLINK(\"x\")", "＝1+1", "＠A1" })
    void aCellThatASpreadsheetWouldEvaluateStartsWithAnApostrophe(String cell) {
        assertEquals("'" + cell, CsvTable.neutralised(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Be reliable: Tell your colleagues", "a=b", "e-mail", "", " ", "3 steps", "‘quoted’" })
    void harmlessCellsAreKeptAsTheyAre(String cell) {
        assertEquals(cell, CsvTable.neutralised(cell));
    }

    @Test
    void everyRowHasTheHeadersColumns() {
        assertThrows(IllegalArgumentException.class, () -> new CsvTable("a", "b").row("only one"));
    }
}
