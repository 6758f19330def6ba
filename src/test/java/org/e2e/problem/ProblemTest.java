package org.e2e.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** A problem lists at most 50 invalid inputs and says how many it left out. */
class ProblemTest {

    static List<Problem.InvalidInput> errors(int n) {
        return IntStream.range(0, n).mapToObj(i -> new Problem.InvalidInput("body", "/items/" + i, "is wrong")).toList();
    }

    @Test
    void listsAtMostFiftyErrorsAndCountsTheRest() {
        Problem p = new Problem("t", "T", 422, "d", "/x", errors(1234));
        assertEquals(Problem.MAX_ERRORS, p.errors().size());
        assertEquals("/items/49", p.errors().get(49).name());
        assertEquals(1184, p.errorsOmitted());
    }

    @Test
    void fiftyOrFewerAreAllListedAndNothingIsOmitted() {
        Problem p = new Problem("t", "T", 422, "d", "/x", errors(50));
        assertEquals(50, p.errors().size());
        assertNull(p.errorsOmitted());
    }
}
