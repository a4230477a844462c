package app.settle.trainer.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.settle.trainer.scenario.Choice;
import app.settle.trainer.scenario.Scenario;
import app.settle.trainer.scenario.ScenarioCheck;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Branching and scoring on known paths of the shipped scenarios. */
class CallSimulationTest {

    @Test
    void theCompliantPathOfTheFirstCallEarnsEveryItem() throws IOException {
        CallSimulation call = new CallSimulation(shipped("first-call"));

        pick(call, "speak with Dana Reyes");
        pick(call, "My name is Sam");
        pick(call, "confirm your date of birth");
        pick(call, "This is Settle Recovery, a debt collector");
        pick(call, "Could you manage 150 today");
        pick(call, "I'll send a written confirmation");

        assertThat(call.ended()).isTrue();
        assertThat(call.current().ending()).isEqualTo("Payment arrangement of 150 USD now and 75 USD a month");
        Scorecard card = call.scorecard();
        assertThat(card.items()).allMatch(item -> item.status() == ItemResult.Status.EARNED);
        assertThat(card.points()).isEqualTo(9);
        assertThat(card.scaled()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(card.passed()).isTrue();
        assertThat(call.transcript()).hasSize(13);
        assertThat(call.transcript().getFirst().speaker()).isEqualTo(Speaker.DEBTOR);
        assertThat(call.transcript().getLast().text()).isEqualTo("Sounds good. Thanks.");
    }

    @Test
    void namingTheDebtToWhoeverAnswersFailsTheCriticalItemAtThatMoment() throws IOException {
        CallSimulation call = new CallSimulation(shipped("first-call"));

        pick(call, "about your overdue Northwind card");
        pick(call, "I'll call back another time");

        Scorecard card = call.scorecard();
        ItemResult verification = card.items().getFirst();
        assertThat(verification.status()).isEqualTo(ItemResult.Status.LOST);
        assertThat(verification.moments()).singleElement().satisfies(moment -> {
            assertThat(moment.reason()).isEqualTo("Named the debt before knowing who answered");
            assertThat(moment.turn()).isEqualTo(2);
        });
        assertThat(card.items().get(1).status()).isEqualTo(ItemResult.Status.NOT_SHOWN);
        assertThat(card.points()).isEqualTo(1);
        assertThat(card.criticalLost()).isTrue();
        assertThat(card.passed()).isFalse();
        assertThat(card.summary()).isEqualTo("1 of 9 points (11%), a critical item lost");
    }

    @Test
    void freeTextIsRecordedAndScoredByItsChoice() throws IOException {
        CallSimulation call = new CallSimulation(shipped("not-my-debt"));
        pick(call, "Mr Park, I'm with Settle Recovery");
        Choice free = call.current().choices().stream().filter(Choice::freeText).findFirst().orElseThrow();

        assertThatThrownBy(() -> call.say(free, "   ")).hasMessage("Type what you would say first");
        call.say(free, "I hear you. I'll stop collection and <b>verify</b> it.");

        assertThat(call.current().id()).isEqualTo("address");
        assertThat(call.transcript().get(3).text()).isEqualTo("I hear you. I'll stop collection and <b>verify</b> it.");
        pick(call, "To the address we have on file");
        Scorecard card = call.scorecard();
        assertThat(card.items()).extracting(ItemResult::status).containsExactly(ItemResult.Status.EARNED,
                ItemResult.Status.EARNED, ItemResult.Status.NOT_SHOWN, ItemResult.Status.EARNED);
        assertThat(card.scaled()).isEqualByComparingTo("0.7778");
        assertThat(card.passed()).as("7 of 9 is below the pass mark").isFalse();
    }

    @Test
    void aThreatOnATimeBarredDebtLosesTheItemEvenAfterEarningOthers() throws IOException {
        CallSimulation call = new CallSimulation(shipped("time-barred"));
        pick(call, "It is an older account");
        pick(call, "we may have to take legal action");

        assertThat(call.current().ending()).isEqualTo("Unlawful threat of suit on a time-barred debt");
        assertThat(call.scorecard().items().get(1).status()).isEqualTo(ItemResult.Status.LOST);
        assertThat(call.scorecard().passed()).isFalse();
        assertThatThrownBy(() -> call.choose(call.current().choices().isEmpty() ? null : null))
                .isInstanceOf(IllegalStateException.class).hasMessage("The call has ended");
    }

    @Test
    void aChoiceOfAnotherNodeIsRefused() throws IOException {
        CallSimulation call = new CallSimulation(shipped("settlement-ladder"));
        Choice elsewhere = call.scenario().node("counter-80").choices().getFirst();
        assertThatThrownBy(() -> call.choose(elsewhere)).hasMessage("That is not a choice at this point of the call");
    }

    static void pick(CallSimulation call, String words) {
        Choice choice = call.current().choices().stream().filter(c -> c.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("No choice with '" + words + "' at " + call.current().id()));
        call.choose(choice);
    }

    static Scenario shipped(String id) throws IOException {
        Path file = Path.of(System.getProperty("training.content.dir", "../../training-content"), "scenarios", id + ".scn");
        return ScenarioCheck.check(Files.readString(file)).scenario().orElseThrow();
    }
}
