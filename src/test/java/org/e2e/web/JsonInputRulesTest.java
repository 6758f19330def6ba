package org.e2e.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** The rules every JSON string a client writes keeps, wherever it is in a body (plain unit test, no Quarkus). */
class JsonInputRulesTest {

    record Inner(String text, List<String> tags) {
    }

    record Outer(String title, List<Inner> items) {
    }

    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new JsonInputRules().customize(mapper);
        return mapper;
    }

    @Test
    void nulAnywhereIsRefusedWithItsPath() {
        InvalidFormatException e = assertThrows(InvalidFormatException.class,
                () -> mapper().readValue("{\"items\":[{\"text\":\"ok\"},{\"tags\":[\"a\",\"b\\u0000\"]}]}", Outer.class));
        assertEquals("must not contain the NUL character (U+0000)", e.getOriginalMessage());
        assertEquals("items", e.getPath().get(0).getFieldName());
        assertEquals(1, e.getPath().get(1).getIndex());
        assertEquals("tags", e.getPath().get(2).getFieldName());
        assertEquals(1, e.getPath().get(3).getIndex());
        assertEquals(String.class, e.getTargetType());
    }

    @Test
    void textsOverTheBoundAreRefusedAndTextsUpToItPass() throws Exception {
        String limit = "x".repeat(JsonInputRules.MAX_TEXT_LENGTH);
        assertEquals(limit, mapper().readValue("{\"title\":\"" + limit + "\"}", Outer.class).title());
        InvalidFormatException e = assertThrows(InvalidFormatException.class,
                () -> mapper().readValue("{\"title\":\"" + limit + "x\"}", Outer.class));
        assertEquals("must be at most 20000 characters long", e.getOriginalMessage());
    }

    @Test
    void treesAreCheckedWhenTheyBecomeRecords() throws Exception {
        ObjectMapper mapper = mapper();
        var tree = mapper.readTree("{\"title\":\"a\\u0000\"}");
        assertThrows(InvalidFormatException.class, () -> mapper.treeToValue(tree, Outer.class));
    }
}
