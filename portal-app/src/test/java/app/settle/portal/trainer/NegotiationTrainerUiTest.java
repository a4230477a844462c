package app.settle.portal.trainer;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import app.settle.api.Role;
import app.settle.portal.shell.AccessDeniedView;
import app.settle.portal.testing.KaribuViewTest;
import app.settle.portal.testing.TestDatabase;
import app.settle.portal.testing.TestDatabaseInitializer;
import app.settle.portal.testing.TestPlugins;
import app.settle.portal.users.NewUser;
import app.settle.portal.users.UserDirectory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The negotiation trainer as it ships (its jar from plugins/negotiation-trainer), through the real host: practice
 * with a scorecard, authoring with validation and publishing, a live session between a trainer and a trainee, the
 * reviews and the role rules. Browser-free; the push between two browsers is covered by the end-to-end test.
 */
@SpringBootTest(properties = "settle.demo-data=true")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class NegotiationTrainerUiTest extends KaribuViewTest {

    static final Path TRAINER_PLUGINS = TestDatabase.workDir().resolve("trainer-ui-test/plugins");

    @Autowired
    private DSLContext dsl;
    @Autowired
    private UserDirectory users;

    @DynamicPropertySource
    static void trainerPlugin(DynamicPropertyRegistry registry) {
        TestPlugins.folderWithShipped(TRAINER_PLUGINS, "negotiation-trainer");
        registry.add("settle.plugins.dir", TRAINER_PLUGINS::toString);
        registry.add("settle.plugins.negotiation-trainer.scenarios-dir", () -> hostileScenarios().toString());
    }

    @Test
    void aTraineePlaysAShippedScenarioAndGetsAScorecardThatIsSaved() {
        openAs("trainee");
        navigateTo("training/practice");
        Grid<?> scenarios = _get(Grid.class, spec -> spec.withId("trainer-scenarios"));
        assertThat(_size(scenarios)).isGreaterThanOrEqualTo(10);

        _click((Button) _getCellComponent(scenarios, row(scenarios, "First call: right party and mini-Miranda"), "start"));
        pick("speak with Dana Reyes");
        pick("My name is Sam");
        pick("confirm your date of birth");
        pick("This is Settle Recovery, a debt collector");
        pick("Could you manage 150 today");
        pick("written confirmation");

        Div card = _get(Div.class, spec -> spec.withId("trainer-scorecard"));
        assertThat(texts(card)).contains("Passed", "9 of 9 points (100%)", "+ Verified with a second identifier (line 6)");
        assertThat(auditActions()).contains("TRAINING_CALL_COMPLETED");

        navigateTo("training/progress");
        Grid<?> calls = _get(Grid.class, spec -> spec.withId("trainer-calls"));
        assertThat(_getFormattedRow(calls, 0)).contains("First call: right party and mini-Miranda", "Self-paced", "100%",
                "Passed");
        Grid<?> skills = _get(Grid.class, spec -> spec.withId("trainer-skills"));
        assertThat(_getFormattedRow(skills, row(skills, "Right party verified before the debt is discussed")))
                .contains("100%");
    }

    @Test
    void aTrainerSeesEveryProblemWithItsLineThenSavesPublishesAndTraineesPlayIt() {
        openAs("trainer");
        navigateTo("training/scenarios");
        TextArea editor = _get(TextArea.class, spec -> spec.withId("trainer-editor"));
        String scenario = """
                id: voicemail
                title: Leaving a voicemail
                difficulty: easy
                persona.name: Alex Kim
                persona.temperament: Never answers
                persona.situation: Screens calls
                persona.can-pay: Unknown
                rubric: third-party | 3 | No debt details in a message
                start: beep

                [beep]
                debtor: (voicemail) Leave a message.
                choice: This is Sam with a message for Alex Kim, please call 555-0100. -> done
                  +third-party: Left a neutral message
                choice: Call us about your <b>overdue</b> card. -> nowhere

                [done]
                debtor: (beep)
                end: Neutral message left

                [orphan]
                debtor: Never reached
                end: Never
                """;

        set(editor, scenario);
        _click(_get(Button.class, spec -> spec.withId("trainer-validate")));

        assertThat(texts(_get(Div.class, spec -> spec.withId("trainer-problems")))).contains("1 problem",
                "Line 15: markup is not allowed (found '<b'): scenario text is plain text");

        set(editor, scenario.replace("<b>overdue</b>", "overdue"));
        _click(_get(Button.class, spec -> spec.withId("trainer-save")));
        assertThat(texts(_get(Div.class, spec -> spec.withId("trainer-problems")))).contains("2 problems",
                "Line 15: the choice leads to 'nowhere', which is not a node of this scenario",
                "Line 21: node 'orphan' can never be reached from the start 'beep'");
        assertThat(versionRows()).isEmpty();

        String fixed = scenario.replace("<b>overdue</b>", "overdue").replace("-> nowhere", "-> done")
                .replace("\n[orphan]\ndebtor: Never reached\nend: Never\n", "");
        set(editor, fixed);
        _click(_get(Button.class, spec -> spec.withId("trainer-save")));
        assertThat(versionRows()).containsExactly(List.of("voicemail", "1", "Leaving a voicemail", "Draft"));
        Grid<?> versions = _get(Grid.class, spec -> spec.withId("trainer-versions"));
        _click(_get(_getCellComponent(versions, 0, "actions"), Button.class, spec -> spec.withText("Publish")));
        assertThat(versionRows()).containsExactly(List.of("voicemail", "1", "Leaving a voicemail", "Published"));
        assertThat(auditActions()).contains("TRAINING_SCENARIO_SAVED", "TRAINING_SCENARIO_PUBLISHED");

        openAs("trainee");
        navigateTo("training/practice");
        Grid<?> scenarios = _get(Grid.class, spec -> spec.withId("trainer-scenarios"));
        _click((Button) _getCellComponent(scenarios, row(scenarios, "Leaving a voicemail"), "start"));
        pick("message for Alex Kim");
        assertThat(texts(_get(Div.class, spec -> spec.withId("trainer-scorecard")))).contains("Passed",
                "3 of 3 points (100%)");
    }

    @Test
    void aLiveSessionRunsBetweenItsTrainerAndTheTraineeWhoJoinedAndNobodyElse() {
        users.createUser(new NewUser("trainee2", "Toni Second", "trainee2-pass-123", Role.TRAINEE, Set.of()), "test");
        openAs("trainer");
        navigateTo("training/live");
        ComboBox<Object> scenario = _get(ComboBox.class, spec -> spec.withId("trainer-live-scenario"));
        set(scenario, scenario.getListDataView().getItems().filter(item -> scenario.getItemLabelGenerator()
                .apply(item).equals("\"Not my debt\": a dispute")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("trainer-live-start")));
        String codeText = _get(Span.class, spec -> spec.withId("trainer-live-code")).getText();
        String code = codeText.substring(codeText.length() - 6);
        assertThat(texts(_get(Component.class, spec -> spec.withId("trainer-live-trainer"))))
                .contains("Waiting for the trainee", "Can really pay: ", "Nothing until the debt is verified");

        openAs("trainee");
        navigateTo("training/practice");
        set(_get(TextField.class, spec -> spec.withId("trainer-join-code")), code.toLowerCase());
        _click(_get(Button.class, spec -> spec.withId("trainer-join")));
        assertThat(texts(_get(Component.class, spec -> spec.withId("trainer-live-trainee")))).contains("In progress",
                "Summit Auto Finance, deficiency balance").doesNotContain("Nothing until the debt is verified");
        say("Hello, may I speak with Lionel Park?");

        openAs("trainee2");
        navigateTo("training/practice");
        set(_get(TextField.class, spec -> spec.withId("trainer-join-code")), code);
        _click(_get(Button.class, spec -> spec.withId("trainer-join")));
        assertThat(_find(Component.class, spec -> spec.withId("trainer-live-trainee"))).isEmpty();

        openAs("trainer");
        navigateTo("training/live");
        Grid<?> open = _get(Grid.class, spec -> spec.withId("trainer-live-open"));
        _click((Button) _getCellComponent(open, 0, "open"));
        assertThat(texts(_get(Div.class, spec -> spec.withId("trainer-transcript"))))
                .contains("1. Collector: ", "Hello, may I speak with Lionel Park?");
        say("That's not my debt.");
        _click(_get(Button.class, spec -> spec.withId("trainer-score-dispute-lost")));
        set(_get(TextField.class, spec -> spec.withId("trainer-live-outcome")), "Kept collecting after a dispute");
        _click(_get(Button.class, spec -> spec.withId("trainer-live-finish")));
        assertThat(texts(_get(Div.class, spec -> spec.withId("trainer-scorecard")))).contains("Not passed",
                "0 of 9 points (0%), a critical item lost");
        assertThat(auditActions()).contains("TRAINING_LIVE_STARTED", "TRAINING_LIVE_JOINED", "TRAINING_ITEM_SCORED",
                "TRAINING_LIVE_FINISHED");

        navigateTo("training/team");
        Grid<?> calls = _get(Grid.class, spec -> spec.withId("trainer-calls"));
        _click((Button) _getCellComponent(calls, 0, "review"));
        set(_get(TextArea.class, spec -> spec.withId("trainer-comment-text")), "Stop at the dispute <next time>");
        _click(_get(Button.class, spec -> spec.withId("trainer-comment-add")));

        openAs("trainee");
        navigateTo("training/progress");
        _click((Button) _getCellComponent(_get(Grid.class, spec -> spec.withId("trainer-calls")), 0, "review"));
        assertThat(texts(_get(Div.class, spec -> spec.withId("trainer-comments"))))
                .contains("Stop at the dispute <next time>");
        assertThat(texts(_get(Div.class, spec -> spec.withId("trainer-transcript"))))
                .contains("That's not my debt.", "Hello, may I speak with Lionel Park?");
    }

    @Test
    void brokenAndHostileScenarioFilesInTheFolderAreListedForTrainersAndNeverOffered() {
        openAs("trainer");
        navigateTo("training/scenarios");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText).toList()).contains(
                "cycle.scn: Line 16: from node 'a' no ending can be reached: a loop with no way out; Line 19: from node"
                        + " 'b' no ending can be reached: a loop with no way out",
                "script.scn: Line 2: markup is not allowed (found '<s'): scenario text is plain text");
        Grid<?> playable = _get(Grid.class, spec -> spec.withId("trainer-playable"));
        assertThat(IntStream.range(0, _size(playable)).mapToObj(i -> _getFormattedRow(playable, i).get(1)).toList())
                .contains("first-call", "settlement-ladder").doesNotContain("cycle", "script");
    }

    private static Path hostileScenarios() {
        try {
            Path folder = java.nio.file.Files.createDirectories(TRAINER_PLUGINS.resolveSibling("scenarios"));
            java.nio.file.Files.writeString(folder.resolve("cycle.scn"), """
                    id: cycle
                    title: Round and round
                    difficulty: easy
                    persona.name: Pat
                    persona.temperament: Calm
                    persona.situation: Busy
                    persona.can-pay: 10 USD
                    rubric: control | 1 | Call control
                    start: s

                    [s]
                    debtor: Hello
                    choice: Hi -> a
                      +control: Opened
                    choice: Bye -> done
                    [a]
                    debtor: Again?
                    choice: Yes -> b
                    [b]
                    debtor: Again!
                    choice: Yes -> a
                    [done]
                    debtor: Bye
                    end: Over
                    """);
            java.nio.file.Files.writeString(folder.resolve("script.scn"), java.nio.file.Files.readString(
                    folder.resolve("cycle.scn")).replace("id: cycle", "id: script")
                    .replace("title: Round and round", "title: <script>alert(1)</script>")
                    .replace("choice: Yes -> a", "end: Done"));
            return folder;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void trainingScreensFollowTheRoles() {
        openAs("collector");
        navigateTo("training/practice");
        assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);

        openAs("trainee");
        navigateTo("training/scenarios");
        assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);
        navigateTo("training/live");
        assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);

        openAs("trainer");
        navigateTo("training/practice");
        assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void set(com.vaadin.flow.component.HasValue field, Object value) {
        field.setValue(value);
    }

    private static void pick(String words) {
        Component choices = _get(Component.class, spec -> spec.withId("trainer-choices"));
        Button choice = _find(choices, Button.class).stream().filter(b -> b.getText().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("No choice with '" + words + "' among " + texts(choices)));
        _click(choice);
    }

    private static void say(String words) {
        set(_get(TextArea.class, spec -> spec.withId("trainer-live-words")), words);
        _click(_get(Button.class, spec -> spec.withId("trainer-live-send")));
    }

    private static int row(Grid<?> grid, String title) {
        return IntStream.range(0, _size(grid)).filter(i -> _getFormattedRow(grid, i).contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No row " + title));
    }

    private static List<List<String>> versionRows() {
        Grid<?> versions = _get(Grid.class, spec -> spec.withId("trainer-versions"));
        return IntStream.range(0, _size(versions)).mapToObj(i -> _getFormattedRow(versions, i).subList(0, 4)).toList();
    }

    /** Every text shown under a component: texts of leaves (spans, paragraphs, list items, buttons). */
    private static List<String> texts(Component root) {
        return _find(root, Component.class).stream()
                .filter(c -> c instanceof Span || c instanceof Paragraph || c instanceof ListItem || c instanceof Button)
                .map(c -> ((HasText) c).getText()).toList();
    }

    private List<String> auditActions() {
        return dsl.select(DSL.field("action", String.class)).from("audit_event")
                .where(DSL.field("source").eq("negotiation-trainer")).fetch(0, String.class);
    }
}
