package app.settle.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CallScriptTest {

    /** Words that threaten or imply a suit. */
    private static final Pattern SUIT_WORDING = Pattern.compile(
            "\\b(sue|sued|suing|suit|lawsuits?|court|courts|legal|judg(e)?ment|garnish\\w*|proceedings?)\\b");

    private static CallScript.Facts facts(boolean timeBarred, int brokenPromises, boolean callbackDue) {
        return new CallScript.Facts("Morgan Lee", "Sam Collector", "Settle Recovery", "Test Bank N.A.", "$1,250.00",
                timeBarred, 400, brokenPromises, callbackDue, false, false);
    }

    @Test
    void theOpeningVerifiesTheRightPartyBeforeTheDisclosureThatThisIsAnAttemptToCollectADebt() {
        List<String> opening = CallScript.forAccount(facts(false, 0, false)).opening();

        assertThat(opening).hasSize(3);
        assertThat(opening.get(0)).contains("Ask for Morgan Lee").contains("Say nothing about the debt to anyone else");
        assertThat(opening.get(1)).startsWith("Verify the right party");
        assertThat(opening.get(2)).contains("This is an attempt to collect a debt")
                .contains("My name is Sam Collector of Settle Recovery");
    }

    @Test
    void aTimeBarredDebtsScriptHasNoWordingThatThreatensOrImpliesASuit() {
        CallScript.Script barred = CallScript.forAccount(facts(true, 1, true));
        CallScript.Script notBarred = CallScript.forAccount(facts(false, 1, true));

        assertThat(SUIT_WORDING.matcher(barred.text().toLowerCase(Locale.ROOT)).find()).as(barred.text()).isFalse();
        assertThat(barred.talkingPoints()).anySatisfy(p -> assertThat(p).contains("past the statute of limitations"));
        assertThat(SUIT_WORDING.matcher(notBarred.text().toLowerCase(Locale.ROOT)).find())
                .as("the same situation, not time-barred, does mention legal action").isTrue();
    }

    @Test
    void talkingPointsFollowTheSituation() {
        CallScript.Script plain = CallScript.forAccount(facts(false, 0, false));
        CallScript.Script worked = CallScript.forAccount(facts(false, 2, true));

        assertThat(plain.talkingPoints()).noneSatisfy(p -> assertThat(p).contains("promise"));
        assertThat(plain.talkingPoints()).anySatisfy(p -> assertThat(p).contains("The balance is $1,250.00"));
        assertThat(worked.talkingPoints().get(0)).contains("They asked for this call back");
        assertThat(worked.talkingPoints()).anySatisfy(p -> assertThat(p).contains("A promise to pay was not kept (2 times)"));
    }
}
