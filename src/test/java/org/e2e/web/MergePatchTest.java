package org.e2e.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** RFC 7396, appendix A, the cases an edit meets. Plain JUnit. */
class MergePatchTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonNode json(String s) throws Exception {
        return MAPPER.readTree(s.replace('\'', '"'));
    }

    static void assertPatch(String target, String patch, String result) throws Exception {
        assertEquals(json(result), MergePatch.apply(json(target), json(patch)));
    }

    @Test
    void membersSetReplaceAndNullRemoves() throws Exception {
        assertPatch("{'a':'b'}", "{'a':'c'}", "{'a':'c'}");
        assertPatch("{'a':'b'}", "{'b':'c'}", "{'a':'b','b':'c'}");
        assertPatch("{'a':'b'}", "{'a':null}", "{}");
        assertPatch("{'a':'b','b':'c'}", "{'a':null}", "{'b':'c'}");
    }

    @Test
    void objectsMergeDeeplyAndArraysAreReplacedWhole() throws Exception {
        assertPatch("{'a':{'b':'c'}}", "{'a':{'b':'d','c':null}}", "{'a':{'b':'d'}}");
        assertPatch("{'a':[{'b':'c'}]}", "{'a':[1]}", "{'a':[1]}");
        assertPatch("{'e':null}", "{'a':1}", "{'e':null,'a':1}");
        assertPatch("[1,2]", "{'a':'b','c':null}", "{'a':'b'}");
        assertPatch("{}", "{'a':{'bb':{'ccc':null}}}", "{'a':{'bb':{}}}");
    }

    @Test
    void theTargetIsNotChanged() throws Exception {
        JsonNode target = json("{'a':'b'}");
        MergePatch.apply(target, json("{'a':null}"));
        assertEquals(json("{'a':'b'}"), target);
    }
}
