package org.e2e.embed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The self-assessment card and page as HTML, and what every card and view page now carries. */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class AssessmentCardTest {

    static final String CARD = "/embed/resources/staff-relationships-and-collaboration/assessment";
    static final String VIEW = "/view/resources/staff-relationships-and-collaboration/assessment";

    @Test
    void theCardIsAnAccessibleGetFormUnderTheSameCsp() {
        String csp = given().get("/embed/resources/how-to-build-a-teacher-alliance").then().extract().header("Content-Security-Policy");
        String html = given().get(CARD).then().statusCode(200).contentType(startsWith("text/html"))
                .header("Content-Security-Policy", equalTo(csp)).header("ETag", startsWith("\"")).extract().asString();
        assertThat(csp, containsString("form-action 'self'"));
        assertThat(csp, containsString("connect-src 'self'"));
        // Without JavaScript the browser lands on the result, not at the top of the reloaded page.
        assertThat(html, containsString("<form id=\"assessment\" method=\"get\" action=\"" + CARD + "#result\">"));
        // The live region is in the page before any result, so what is rendered into it later is announced.
        assertThat(html, containsString("<section id=\"result\" aria-live=\"polite\" aria-label=\"Result\">"));
        assertThat(html, containsString("<legend>Cultivating Staff Relationships</legend>"));
        assertThat(html, containsString("<label><input type=\"radio\" name=\"cultivating-staff-relationships\" value=\"\" checked> Not rated</label>"));
        assertThat(html, containsString("<label><input type=\"radio\" name=\"supporting-staff-well-being\" value=\"3\"> Level 3</label>"));
        assertThat(html, containsString("<button type=\"submit\">Show next steps</button>"));
        assertThat(html, containsString("aria-live=\"polite\""));
        assertThat(html, containsString("e2e-embed:resize"));
        assertThat(html, not(containsString("Where you are")));
    }

    @Test
    void theSubmittedFormShowsTheResultAndKeepsTheChoices() {
        String html = given().get(CARD + "?cultivating-staff-relationships=1&supporting-staff-trust-and-belonging=&theme=dark")
                .then().statusCode(200).extract().asString();
        assertThat(html, containsString("data-theme=\"dark\""));
        assertThat(html, containsString("<input type=\"hidden\" name=\"theme\" value=\"dark\">"));
        assertThat(html, containsString("value=\"1\" checked> Level 1"));
        assertThat(html, containsString("<h3 id=\"r-cultivating-staff-relationships\">Cultivating Staff Relationships: Level 1 of 3</h3>"));
        // Qute escapes every text: the typographic apostrophe stays, markup characters could not pass.
        assertThat(html, containsString("<li>Set up a routine to honor educators’ efforts and contributions (e.g., celebrate teaching anniversaries)\n"
                + "        <span class=\"meta for\">For Cultivating Staff Relationships.</span></li>"));
        assertThat(html, containsString("Based on the rubric Staff Relationships and Collaboration and version 1.0.0 of the framework."));
        assertThat(html, containsString("href=\"https://e2e.example.test/view/resources/staff-relationships-and-collaboration/assessment?cultivating-staff-relationships=1\" target=\"_blank\""));
        given().get(CARD + "?cultivating-staff-relationships=").then().statusCode(400).contentType(startsWith("text/html"))
                .body(containsString("Choose a level for at least one criterion"));
        // A link whose ratings do not fit: a readable message in the card and a way back to the blank form, still a 400.
        given().get(CARD + "?cultivating-staff-relationships=7&theme=dark").then().statusCode(400).contentType(startsWith("text/html"))
                .body(containsString("This link’s ratings do not fit the form: &#39;cultivating-staff-relationships&#39; must be a level "
                        + "from 1 to 3, not 7. Choose the levels again."))
                .body(containsString("<a href=\"" + CARD + "?theme=dark\">Start again with a blank form</a>"));
        given().get(CARD + "?theme=neon").then().statusCode(400).body("errors[0].name", equalTo("theme"));
        given().get("/embed/resources/how-to-build-a-teacher-alliance/assessment").then().statusCode(422);
    }

    @Test
    void viewPagesHaveAHomeLinkAttributionAndPrintStyles() {
        String page = given().get(VIEW + "?supporting-staff-well-being=3").then().statusCode(200).extract().asString();
        assertThat(page, containsString("<header class=\"site\"><a href=\"https://e2e.example.test/view/resources/educator-to-educator-relationships-toolkit\">E2E Relationships Toolkit</a></header>"));
        assertThat(page, containsString("You are at the top level. What sustains it:"));
        // What sustains it: the criterion's supports (actions) and resources, as the API returns them.
        assertThat(page, containsString("<li>Show colleagues grace and understanding on their difficult days, acknowledging common humanity.</li>"));
        assertThat(page, containsString(">The Educator-to-Educator Relationships Toolkit<span class=\"visually-hidden\"> (opens in a new tab)</span></a> <span class=\"meta\">(Tool / Playbook)</span></li>"));
        assertThat(page, containsString("@media print{"));
        assertThat(page, containsString("<p class=\"print-only\">Printed from https://e2e.example.test" + VIEW + "?supporting-staff-well-being=3</p>"));
        given().get("/view/resources/staff-relationships-and-collaboration").then().statusCode(200)
                .body(containsString("Content: E2E Relationships Toolkit · Turnaround for Children, Turnaround for Children Toolbox"));
        given().get("/embed/resources/how-to-build-a-teacher-alliance").then().statusCode(200)
                .body(containsString("<p>Content: E2E Relationships Toolkit · Kate Conroy</p>"))
                // One link to the full page, named once ("View on …" suggested the toolkit's own site).
                .body(not(containsString("View on")));
    }

    @Test
    void theBeliefsCardCountsHonestlyAndTheViewExplainsItsFootnoteMarkers() {
        given().get("/embed/frameworks/e2e-relationships/elements/beliefs").then().statusCode(200)
                .body(containsString("2 of 5 recommended actions · <a href=\"https://e2e.example.test/view/frameworks/e2e-relationships/elements/beliefs#cat-affirm-values\""))
                .body(containsString("2 of 9 recommended actions"))
                .body(not(containsString(">5 recommended actions")));
        given().get("/view/frameworks/e2e-relationships/elements/beliefs").then().statusCode(200)
                .body(containsString("Trust is integral to educator relationships.⁷"))
                .body(containsString("The superscript numbers refer to the source page’s own reference list, which is not part of the source."));
    }
}
