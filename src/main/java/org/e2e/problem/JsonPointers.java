package org.e2e.problem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/** JSON Pointers (RFC 6901) that name where in a request body or package something is wrong. */
public final class JsonPointers {

    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)\\]");

    private JsonPointers() {
    }

    /** Where Jackson failed, such as /sections/0/blocks/1/type; empty when it failed before any field. */
    public static String of(JsonProcessingException e) {
        StringBuilder pointer = new StringBuilder();
        if (e instanceof JsonMappingException mapping) {
            for (JsonMappingException.Reference r : mapping.getPath()) {
                pointer.append('/').append(r.getFieldName() != null ? escape(r.getFieldName()) : String.valueOf(r.getIndex()));
            }
        }
        return pointer.toString();
    }

    /**
     * A Bean Validation property path or a rule's path, such as {@code layers[0].elements[1].title}, as
     * /layers/0/elements/1/title. A wildcard index ({@code [*]}) becomes "-".
     */
    public static String ofPropertyPath(String path) {
        StringBuilder pointer = new StringBuilder();
        for (String part : path.replace("<list element>", "").split("\\.")) {
            if (part.isEmpty()) {
                continue;
            }
            String name = part.replaceAll("\\[.*", "");
            if (!name.isEmpty()) {
                pointer.append('/').append(escape(name));
            }
            Matcher index = INDEX.matcher(part);
            while (index.find()) {
                pointer.append('/').append(index.group(1).equals("*") ? "-" : index.group(1));
            }
        }
        return pointer.toString();
    }

    /** A member name as one pointer segment (RFC 6901 escapes ~ and /). */
    public static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
