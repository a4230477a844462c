package app.settle.trainer.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioCheckTest {

    static final String VALID = """
            id: tiny
            title: Tiny call
            difficulty: easy
            persona.name: Pat
            persona.temperament: Calm
            persona.situation: Busy
            persona.can-pay: 10 USD
            account: Card, 100 USD
            rubric: disclosure | 2 | Disclosure given | critical
            rubric: promise | 1 | Promise secured
            start: hello

            [hello]
            debtor: Hello?
            cue: Friendly
            choice: This is a debt collector. -> pay
              +disclosure: Disclosed
            choice: Pay up or else. -> bad
              -disclosure: Threatened instead

            [pay]
            debtor: I can pay 10.
            choice: Thanks, 10 on Friday. -> done
              +promise: Date and amount
            free: Say it your way -> done

            [done]
            debtor: Bye.
            end: Promise secured

            [bad]
            debtor: Goodbye.
            end: Call lost
            """;

    @Test
    void aSoundScenarioIsRead() {
        ScenarioCheck.Result result = ScenarioCheck.check(VALID);

        assertThat(result.problems()).isEmpty();
        Scenario scenario = result.scenario().orElseThrow();
        assertThat(scenario.title()).isEqualTo("Tiny call");
        assertThat(scenario.difficulty()).isEqualTo(Difficulty.EASY);
        assertThat(scenario.rubric()).extracting(RubricItem::key).containsExactly("disclosure", "promise");
        assertThat(scenario.rubric().getFirst().critical()).isTrue();
        assertThat(scenario.node("hello").choices()).hasSize(2);
        assertThat(scenario.node("pay").choices().get(1).freeText()).isTrue();
        assertThat(scenario.node("done").ending()).isEqualTo("Promise secured");
        assertThat(scenario.maxPoints()).isEqualTo(3);
    }

    @Test
    void anUnknownTargetIsReportedAtTheChoiceLine() {
        assertThat(problems(VALID.replace("-> bad", "-> nowhere"))).contains(
                "Line 18: the choice leads to 'nowhere', which is not a node of this scenario");
    }

    @Test
    void anUnreachableNodeIsReportedAtItsLine() {
        String text = VALID + """

                [orphan]
                debtor: Nobody gets here.
                end: Never
                """;
        assertThat(problems(text)).containsExactly("Line 35: node 'orphan' can never be reached from the start 'hello'");
    }

    @Test
    void aDeadEndWithoutAnEndingIsReported() {
        assertThat(problems(VALID.replace("end: Call lost\n", ""))).containsExactly(
                "Line 31: node 'bad' is a dead end: it has no choices and no 'end:' line");
    }

    @Test
    void aLoopWithNoWayOutIsReported() {
        String text = VALID.replace("choice: Thanks, 10 on Friday. -> done", "choice: Thanks, 10 on Friday. -> pay")
                .replace("free: Say it your way -> done", "free: Say it your way -> pay");
        assertThat(problems(text)).contains("Line 21: from node 'pay' no ending can be reached: a loop with no way out",
                "Line 27: node 'done' can never be reached from the start 'hello'");
    }

    @Test
    void aRubricItemThatNoChoiceEarnsIsReported() {
        String text = VALID.replace("rubric: promise | 1 | Promise secured",
                "rubric: promise | 1 | Promise secured\nrubric: empathy | 2 | Empathy shown");
        assertThat(problems(text)).containsExactly(
                "Line 11: rubric item 'empathy' is never scored: no choice earns it (add '+empathy: why' under a choice)");
    }

    @Test
    void syntaxErrorsCarryTheirLines() {
        String text = VALID.replace("difficulty: easy", "difficulty: brutal")
                .replace("cue: Friendly", "cue Friendly")
                .replace("  +promise: Date and amount", "  +hope: Date and amount");
        assertThat(problems(text)).contains(
                "Line 3: difficulty must be easy, medium or hard, found 'brutal'",
                "Line 15: expected 'key: value', '[node-id]' or an indented '+item: reason' line, found 'cue Friendly'");
    }

    @Test
    void markAndTargetMistakesAreFoundOnceTheSyntaxIsSound() {
        String text = VALID.replace("  +promise: Date and amount", "  +hope: Date and amount");
        assertThat(problems(text)).contains("Line 24: 'hope' is not a rubric item of this scenario",
                "Line 10: rubric item 'promise' is never scored: no choice earns it (add '+promise: why' under a choice)");
    }

    @Test
    void markupAndScriptAreRefused() {
        String text = VALID.replace("debtor: Hello?", "debtor: <script>alert(1)</script>Hello?")
                .replace("title: Tiny call", "title: Tiny <b>call</b>");
        assertThat(problems(text)).containsExactly(
                "Line 2: markup is not allowed (found '<b'): scenario text is plain text",
                "Line 14: markup is not allowed (found '<s'): scenario text is plain text");
    }

    @Test
    void hugeFilesAndLongTextsAreRefused() {
        assertThat(problems("x".repeat(200_000))).containsExactly(
                "The scenario file has 200000 characters; at most 100000 are allowed");
        assertThat(problems(VALID.replace("debtor: Hello?", "debtor: " + "a".repeat(700)))).containsExactly(
                "Line 14: text is 700 characters long; at most 600 are allowed");
    }

    @Test
    void missingHeaderAndDuplicatesAreReported() {
        String text = VALID.replace("persona.can-pay: 10 USD\n", "").replace("[bad]", "[pay]");
        assertThat(problems(text)).contains("The header has no 'persona.can-pay:' line",
                "Line 30: node 'pay' is defined twice (first on line 20)");
    }

    @Test
    void emptyAndGarbageFilesAreRefusedWithoutThrowing() {
        assertThat(problems("")).containsExactly("The scenario file is empty");
        assertThat(ScenarioCheck.check("\u0000\u0001 binary junk {{{ ]]] -> ->").valid()).isFalse();
        assertThat(ScenarioCheck.check("[a]\n[b]\n+x: y\n-> ->").valid()).isFalse();
    }

    private static List<String> problems(String text) {
        ScenarioCheck.Result result = ScenarioCheck.check(text);
        assertThat(result.scenario()).isEmpty();
        return result.problems().stream().map(Problem::toString).toList();
    }
}
