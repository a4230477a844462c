package app.settle.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.settle.portal.testing.TestPlugins;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The negotiation trainer in the production jar and real Chromium: a trainee's self-paced call with its scorecard,
 * a trainer's authoring with validation errors, and a live session between two browser contexts (a trainer and a
 * trainee, two HTTP sessions) whose screens update each other through Vaadin push without reloading.
 */
class NegotiationTrainerEndToEndIT extends AgainstRunningPortal {

    @BeforeAll
    static void start() {
        Path plugins = TestPlugins.folderWithShipped(
                Path.of(System.getProperty("settle.test.work", "target/it-work"), "trainer-e2e-plugins"),
                "negotiation-trainer");
        use(RunningPortal.start("trainer-e2e", plugins, "--settle.demo-portfolio.accounts=0"));
    }

    @Test
    void aTraineePlaysAScenarioAndSeesTheScorecard() {
        Page page = signedIn("trainee");
        page.locator("vaadin-side-nav").getByText("Practice calls").click();
        page.locator("#trainer-start-third-party").click();
        assertThat(page.locator("#trainer-transcript")).containsText("1. Debtor: Hello?");
        E2eBrowser.screenshot(page, "trainer-practice-call");

        choose(page, "may I speak with Chris Nolan");
        choose(page, "Tell him it's about his overdue loan");

        Locator scorecard = page.locator("#trainer-scorecard");
        assertThat(scorecard).containsText("Not passed");
        assertThat(scorecard).containsText("Disclosed the debt to a roommate (line 4)");
        assertThat(page.getByText("Call saved:")).isVisible();
        E2eBrowser.screenshot(page, "trainer-practice-scorecard");
    }

    @Test
    void aTrainerSeesValidationErrorsWithLineNumbersAndMarkupStaysText() {
        Page page = signedIn("trainer");
        page.locator("vaadin-side-nav").getByText("Training scenarios").click();
        page.locator("#trainer-editor textarea").fill("""
                id: broken
                title: <img src=x onerror=alert(1)>
                difficulty: medium
                persona.name: Pat
                persona.temperament: Calm
                persona.situation: Busy
                persona.can-pay: 10 USD
                rubric: promise | 2 | Promise secured
                start: hello

                [hello]
                debtor: Hi
                choice: Pay now -> nowhere
                """);
        page.locator("#trainer-validate").click();

        Locator problems = page.locator("#trainer-problems");
        assertThat(problems).containsText("Line 2: markup is not allowed (found '<i'): scenario text is plain text");
        assertThat(page.locator("img[src=x]")).hasCount(0);
        E2eBrowser.screenshot(page, "trainer-authoring-errors");
    }

    @Test
    void aLiveSessionUpdatesTheTrainerAndTheTraineeInRealTime() {
        Page trainer = signedIn("trainer");
        trainer.locator("vaadin-side-nav").getByText("Live sessions").click();
        trainer.locator("#trainer-live-scenario input").fill("Not my debt");
        trainer.locator("vaadin-combo-box-item").first().click();
        trainer.locator("#trainer-live-start").click();
        String code = trainer.locator("#trainer-live-code").textContent().replaceAll(".*: ", "").strip();
        assertThat(trainer.locator("#trainer-live-status")).hasText("Waiting for the trainee");

        Page trainee = signedIn("trainee");
        trainee.locator("vaadin-side-nav").getByText("Practice calls").click();
        trainee.locator("#trainer-join-code input").fill(code);
        trainee.locator("#trainer-join").click();
        assertThat(trainee.locator("#trainer-live-status")).hasText("In progress");
        assertThat(trainer.locator("#trainer-live-status")).hasText("In progress");

        send(trainee, "Hello, may I speak with Lionel Park?");
        assertThat(trainer.locator("#trainer-transcript")).containsText("1. Collector: Hello, may I speak with Lionel Park?");

        trainer.locator("#trainer-live-script vaadin-button").first().click();
        trainer.locator("#trainer-live-send").click();
        assertThat(trainee.locator("#trainer-transcript")).containsText("2. Debtor: This is Lionel. What's this about?");

        send(trainee, "I'm with Settle Recovery, a debt collector; this is an attempt to collect a debt.");
        trainer.locator("#trainer-score-disclosure-earned").click();
        assertThat(trainer.locator("#trainer-live-rubric")).containsText("Earned");
        trainer.locator("#trainer-live-status").scrollIntoViewIfNeeded();
        E2eBrowser.screenshot(trainer, "trainer-live-trainer-side");
        E2eBrowser.screenshot(trainee, "trainer-live-trainee-side");

        trainer.locator("#trainer-live-outcome input").fill("Disclosure given, call ended early");
        trainer.locator("#trainer-live-finish").click();
        Locator traineeCard = trainee.locator("#trainer-scorecard");
        assertThat(traineeCard).containsText("2 of 9 points (22%)");
        assertThat(trainee.locator("#trainer-live-status")).hasText("Finished");
        E2eBrowser.screenshot(trainee, "trainer-live-trainee-finished");
    }

    private static void choose(Page page, String words) {
        page.locator("#trainer-choices vaadin-button").filter(new Locator.FilterOptions().setHasText(words)).click();
    }

    private static void send(Page page, String words) {
        page.locator("#trainer-live-words textarea").fill(words);
        page.locator("#trainer-live-send").click();
        assertThat(page.locator("#trainer-live-words textarea")).hasValue("");
    }
}
