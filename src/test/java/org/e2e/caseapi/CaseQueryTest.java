package org.e2e.caseapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The CASE 1.1 filter, fields and paging grammar. Plain JUnit. */
class CaseQueryTest {

    static final Set<String> FIELDS = Set.of("title", "version", "adoptionStatus");
    static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonNode doc(String title, String version) {
        return MAPPER.createObjectNode().put("title", title).put("version", version).put("adoptionStatus", "Adopted");
    }

    @Test
    void comparisonsCombineWithAndBeforeOr() {
        Predicate<JsonNode> p = CaseQuery.filter("version = '1.0.0' AND title ~ 'relation' OR version >= '2.0.0'", FIELDS);
        assertTrue(p.test(doc("E2E Relationships", "1.0.0")));
        assertFalse(p.test(doc("Other", "1.0.0")));
        assertTrue(p.test(doc("Other", "2.1.0")));
        assertTrue(CaseQuery.filter(null, FIELDS).test(doc("x", "1")));
        assertTrue(CaseQuery.filter("version != '1.0.0'", FIELDS).test(doc("x", "1.1.0")));
    }

    @Test
    void malformedOrUnknownFiltersAre400s() {
        for (String bad : new String[] { " ", "version", "version = 1.0.0", "version = '1.0.0", "version = '1' XOR title = 'a'",
                "colour = 'red'", "= 'x'" }) {
            assertThrows(CaseException.BadRequest.class, () -> CaseQuery.filter(bad, FIELDS), bad);
        }
    }

    @Test
    void fieldsSelectPropertiesAndAnUnknownOneMeansAll() {
        assertEquals(List.of("title", "version"), CaseQuery.fields("title, version", FIELDS));
        assertNull(CaseQuery.fields("title,colour", FIELDS), "as in the binding: an unknown property returns all");
        assertThrows(CaseException.BadRequest.class, () -> CaseQuery.fields("title,,version", FIELDS));
        ObjectNode selected = CaseQuery.select((ObjectNode) doc("t", "1.0.0"), List.of("title"));
        List<String> names = new ArrayList<>();
        selected.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("title"), names);
    }

    @Test
    void pagingNumbersAreCheckedAgainstTheirMinimum() {
        assertEquals(100, CaseQuery.integer("limit", null, 100, 1));
        assertEquals(5, CaseQuery.integer("limit", "5", 100, 1));
        assertThrows(CaseException.BadRequest.class, () -> CaseQuery.integer("limit", "0", 100, 1));
        assertThrows(CaseException.BadRequest.class, () -> CaseQuery.integer("offset", "x", 0, 0));
    }
}
