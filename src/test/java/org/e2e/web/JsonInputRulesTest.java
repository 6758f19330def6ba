package org.e2e.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.e2e.problem.JsonRuleViolation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** The rules of the one strict mapper, wherever a value is in a body (plain unit test, no Quarkus). */
class JsonInputRulesTest {

    enum Kind {
        LAYER
    }

    record Inner(String text, @Schema(maxItems = 3, uniqueItems = true) List<String> tags, Kind kind, UUID id) {
    }

    record Outer(String title, Integer position, @Schema(maxItems = 2) List<Inner> items,
            @Schema(maxProperties = 2) Map<String, Integer> ratings) {
    }

    record Unbounded(List<String> items) {
    }

    record Counted(int count) {
    }

    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new JsonInputRules().customize(mapper);
        return mapper;
    }

    @Test
    void nulAnywhereIsRefusedWithItsPath() {
        JsonRuleViolation e = assertThrows(JsonRuleViolation.class,
                () -> mapper().readValue("{\"items\":[{\"text\":\"ok\"},{\"tags\":[\"a\",\"b\\u0000\"]}]}", Outer.class));
        assertEquals("must not contain the NUL character (U+0000)", e.rule());
        assertEquals("items", e.getPath().get(0).getFieldName());
        assertEquals(1, e.getPath().get(1).getIndex());
        assertEquals("tags", e.getPath().get(2).getFieldName());
        assertEquals(1, e.getPath().get(3).getIndex());
    }

    @Test
    void textsOverTheBoundAreRefusedAndTextsUpToItPass() throws Exception {
        String limit = "x".repeat(JsonInputRules.MAX_TEXT_LENGTH);
        assertEquals(limit, mapper().readValue("{\"title\":\"" + limit + "\"}", Outer.class).title());
        JsonRuleViolation e = assertThrows(JsonRuleViolation.class, () -> mapper().readValue("{\"title\":\"" + limit + "x\"}", Outer.class));
        assertEquals("must be at most 20000 characters long", e.rule());
    }

    @ParameterizedTest
    @ValueSource(strings = { "a\\ud800b", "\\udfff", "x\\ud83d", "\\ude00\\ud83d" })
    void loneSurrogatesAreRefusedAndPairsPass(String escaped) throws Exception {
        assertThrows(JsonRuleViolation.class, () -> mapper().readValue("{\"title\":\"" + escaped + "\"}", Outer.class));
        assertThrows(JsonRuleViolation.class, () -> mapper().readValue("{\"items\":[{\"kind\":\"" + escaped + "\"}]}", Outer.class));
        assertEquals("😀", mapper().readValue("{\"title\":\"\\ud83d\\ude00\"}", Outer.class).title());
    }

    @Test
    void treesAreCheckedWhenTheyBecomeRecords() throws Exception {
        ObjectMapper mapper = mapper();
        var tree = mapper.readTree("{\"title\":\"a\\u0000\"}");
        assertThrows(JsonRuleViolation.class, () -> mapper.treeToValue(tree, Outer.class));
    }

    @Test
    void arraysAndMapsPastTheirBoundAreRefusedAtTheFirstItemTooMany() throws Exception {
        JsonRuleViolation items = assertThrows(JsonRuleViolation.class, () -> mapper().readValue("{\"items\":[{},{},{},{}]}", Outer.class));
        assertEquals("must have at most 2 items", items.rule());
        assertEquals("items", items.getPath().get(0).getFieldName());
        assertEquals(1, items.getPath().size());
        JsonRuleViolation map = assertThrows(JsonRuleViolation.class,
                () -> mapper().readValue("{\"ratings\":{\"a\":1,\"b\":2,\"c\":3}}", Outer.class));
        assertEquals("must have at most 2 members", map.rule());
        assertEquals(2, mapper().readValue("{\"items\":[{},{}],\"ratings\":{\"a\":1,\"b\":2}}", Outer.class).items().size());
    }

    @Test
    void aDuplicateInASetIsRefusedWithItsIndex() {
        JsonRuleViolation e = assertThrows(JsonRuleViolation.class,
                () -> mapper().readValue("{\"items\":[{\"tags\":[\"a\",\"b\",\"a\"]}]}", Outer.class));
        assertEquals(2, e.getPath().get(3).getIndex());
    }

    @Test
    void aCollectionWithoutADeclaredBoundCannotBeRead() {
        assertThrows(IllegalStateException.class, () -> mapper().readValue("{\"items\":[]}", Unbounded.class));
    }

    @Test
    void theSyntaxIsStrict() {
        ObjectMapper mapper = mapper();
        assertThrows(UnrecognizedPropertyException.class, () -> mapper.readValue("{\"unknown\":1}", Outer.class));
        assertThrows(JsonParseException.class, () -> mapper.readValue("{\"title\":\"a\"} x", Outer.class));
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"title\":\"a\"}{\"title\":\"b\"}", Outer.class));
        assertThrows(JsonParseException.class, () -> mapper.readValue("{\"title\":\"a\",\"title\":\"b\"}", Outer.class));
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"title\":42}", Outer.class));
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"title\":true}", Outer.class));
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"position\":\"3\"}", Outer.class));
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"position\":1.5}", Outer.class));
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"count\":null}", Counted.class));
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"items\":[{\"kind\":0}]}", Outer.class));
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"items\":[{\"id\":42}]}", Outer.class));
    }
}
