package org.e2e.caseapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** abbreviatedStatement is made of the statement's own opening words, never of words it does not have. */
class CaseAbbreviationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Be reliable: Tell your colleagues what you are going to do, then do it.|Be reliable",
            "Walk the talk– hold school leaders accountable for aligning school missions with policies.|Walk the talk",
            "Professionalism: each educator “holds up their end of the deal”|Professionalism",
            "Refrain from speaking about colleagues negatively.|Refrain from speaking about colleagues negatively.",
            "Have an open conversation and arrive at a shared understanding about what it means to be a good educator.|Have an open conversation and arrive at a…",
            "Show colleagues grace and understanding on their difficult days, acknowledging common humanity.|Show colleagues grace and understanding on their difficult…",
            "Be a listening ear while keeping sensitive information in confidence.|Be a listening ear while keeping sensitive information…",
            "Take any staff conflicts through the appropriate channels, instead of going “behind each other’s backs.”|Take any staff conflicts through the appropriate channels…"})
    void opensWithTheStatementsOwnWords(String statement, String expected) {
        assertEquals(expected, CaseStatements.abbreviation(statement));
    }
}
