package org.e2e.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.e2e.problem.InvalidParameterException;
import org.junit.jupiter.api.Test;

/** Version, slug and number parsing of query parameters. Plain JUnit. */
class QueryParametersTest {

    @Test
    void versionsAreThreeDecimalPartsWithoutLeadingZeros() {
        assertTrue(QueryParameters.isVersion("1.0.0"));
        assertTrue(QueryParameters.isVersion("0.10.999999999"));
        for (String bad : new String[] { "1.0", "1.0.0.0", "01.0.0", "1.0.0-beta", "v1.0.0", "1.0.1000000000", " 1.0.0", "" }) {
            assertFalse(QueryParameters.isVersion(bad), bad);
        }
    }

    @Test
    void anAbsentVersionIsNullAndABadOneNamesTheParameter() {
        assertNull(QueryParameters.version("version", null));
        assertNull(QueryParameters.version("version", ""));
        assertEquals("1.1.0", QueryParameters.version("version", "1.1.0"));
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> QueryParameters.version("since", "1.1"));
        assertTrue(e.getMessage().contains("semantic version"), e.getMessage());
    }

    @Test
    void numbersOutsideTheirRangeAreRefused() {
        assertEquals(20, QueryParameters.intInRange("size", null, 20, 1, 100));
        assertEquals(100, QueryParameters.intInRange("size", "100", 20, 1, 100));
        assertThrows(InvalidParameterException.class, () -> QueryParameters.intInRange("size", "101", 20, 1, 100));
        assertThrows(InvalidParameterException.class, () -> QueryParameters.intInRange("size", "ten", 20, 1, 100));
    }
}
