package org.e2e.search;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Relevance you can check: queries an educator would type, judged by hand against the seed texts, with the node or
 * resource that must come first (or among the first three). Each holds as typed, with one typo (one edit in a word
 * of 5+ characters) and cut short as if still being typed.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class JudgedQueriesTest {

    @ParameterizedTest(name = "{0} / {1} / {2} -> {3} in top {4}")
    @CsvSource(delimiter = '|', value = {
            "trust|trsut|tru|trust|1",
            "respect|respcet|respe|respect|1",
            "affirm values|afirm values|affirm val|affirm-values|1",
            "mirroring conversation|mirroring convresation|mirroring conv|3-steps-for-building-the-relationships-you-need-to-thrive|3",
            "teacher alliance|teacher aliance|teacher all|how-to-build-a-teacher-alliance|1",
            "rubric|rubrik|rubr|staff-relationships-and-collaboration|1",
            "be reliable|be relaible|be reli|be-reliable|1",
            "listening ear|listenning ear|be a listen|be-a-listening-ear|1",
            "vulnerability|vulnerabilty|vulnera|offer-your-own-vulnerability|1",
            "positive intentions|positve intentions|positive inten|assume-positive-intentions|1",
            "speaking negatively|speakign negatively|speaking negat|refrain-from-speaking-negatively|1",
            "appropriate channels|apropriate channels|appropriate chan|use-the-appropriate-channels|1",
            "admiration|admiraton|admir|genuinely-show-admiration|1",
            "democratize|democratise|democ|democratize-the-space|1",
            "acknowledgement system|acknowledgment system|acknowledgement sys|create-a-system-of-acknowledgement|1",
            "shared vision|shared visoin|shared vis|shared-vision|1",
            "social opportunities|social oportunities|social opp|social-opportunities|1",
            "leadership style|leadrship style|leadership sty|leadership-style|1",
            "allocation of resources|allocaton of resources|allocation of res|allocation-of-resources|1",
            "time and space|time and spcae|time and spa|time-and-space|1",
            "high turnover|high turnovr|high turn|high-turnover|1",
            "lack of diversity|lack of diversty|lack of div|lack-of-diversity|1",
            "teaching profession|teachng profession|teaching profes|under-appreciation-of-the-teaching-profession|1",
            "connections|conections|connec|connections|3",
            "bedrock|bedrok|bedr|bedrock|1",
            "soil|soill|soi|soil|3",
            "environment|enviroment|environ|environment|3",
            "roots|rootz|roo|roots|3",
            "beliefs|beleifs|belie|beliefs|1",
            "staff relationships collaboration|staff relatoinships collaboration|staff relationships collab|staff-relationships-and-collaboration|1",
            "relationships toolkit|relationships tolkit|relationships tool|educator-to-educator-relationships-toolkit|1",
            "emotional silos|emotinal silos|emotional sil|3-steps-for-building-the-relationships-you-need-to-thrive|1",
            "teacher mentorship|teacher mentorshp|teacher mentor|how-to-build-a-teacher-alliance|1",
            "professionalism|profesionalism|professionali|professionalism|3",
            "draw boundaries|draw boundries|draw bound|draw-boundaries|1",
            "low-risk interactions|low-risk interactons|low-risk inter|engage-in-low-risk-interactions|1",
            "grace and understanding|grace and understnding|grace and under|show-grace-and-understanding|1" })
    void theJudgedResultRanksWhereExpected(String query, String misspelled, String prefix, String expected, int within) {
        for (String q : List.of(query, misspelled, prefix)) {
            List<String> slugs = given().queryParam("q", q).get("/api/v1/search").then().statusCode(200)
                    .extract().jsonPath().getList("items.slug");
            assertTrue(slugs.subList(0, Math.min(within, slugs.size())).contains(expected),
                    "'" + q + "' should have " + expected + " in its first " + within + ", has " + slugs);
        }
    }
}
