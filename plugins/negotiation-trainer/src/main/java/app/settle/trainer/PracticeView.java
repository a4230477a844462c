package app.settle.trainer;

import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.ViewContribution;
import app.settle.trainer.call.CallSimulation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.pf4j.Extension;

/** Trainees: pick a scenario and play the collector against it, or join a trainer's live session by its code. */
@Extension
public class PracticeView implements ViewContribution {

    @Override
    public String route() {
        return "training/practice";
    }

    @Override
    public String title() {
        return "Practice calls";
    }

    @Override
    public String icon() {
        return "vaadin:headset";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of(Role.TRAINEE);
    }

    @Override
    public Component createView(HostContext host) {
        return new Practice(Training.get());
    }

    static final class Practice extends VerticalLayout {

        private final Training training;

        Practice(Training training) {
            this.training = training;
            showScenarios();
        }

        private void showScenarios() {
            removeAll();
            TextField code = new TextField("Live session code");
            code.setId("trainer-join-code");
            code.setMaxLength(12);
            code.setHelperText("Your trainer gives you the code when they start a live session");
            Button join = new Button("Join", click -> joinLive(code.getValue()));
            join.addClickShortcut(Key.ENTER).listenOn(code);
            join.setId("trainer-join");
            HorizontalLayout joinRow = new HorizontalLayout(code, join);
            joinRow.setAlignItems(Alignment.BASELINE);

            Grid<ScenarioLibrary.Entry> grid = new Grid<>();
            grid.setId("trainer-scenarios");
            grid.addColumn(entry -> entry.scenario().title()).setHeader("Scenario").setFlexGrow(2);
            grid.addColumn(entry -> entry.scenario().difficulty().label()).setHeader("Difficulty").setAutoWidth(true)
                    .setFlexGrow(0);
            grid.addColumn(entry -> entry.scenario().summary()).setHeader("Goal").setFlexGrow(3);
            grid.addComponentColumn(entry -> {
                Button start = new Button("Start call", click -> play(entry));
                start.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
                start.setId("trainer-start-" + entry.key());
                return start;
            }).setKey("start").setAutoWidth(true).setFlexGrow(0);
            grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
            grid.setItems(training.library.playable());
            grid.setAllRowsVisible(true);
            add(Parts.hint("Play the collector. The debtor answers by what you say; at the end you get a scorecard"
                    + " for each skill with the moments that earned or lost it."), joinRow, new H3("Scenarios"), grid);
        }

        private void play(ScenarioLibrary.Entry entry) {
            removeAll();
            Button back = new Button("Back to scenarios", click -> showScenarios());
            back.addThemeVariants(ButtonVariant.TERTIARY);
            add(back, new H3(entry.scenario().title()), Parts.hint(entry.scenario().summary()),
                    Parts.personaCard(entry.scenario(), false),
                    new CallPanel(new CallSimulation(entry.scenario()), call -> ended(entry, call)));
        }

        private void ended(ScenarioLibrary.Entry entry, CallSimulation call) {
            Notices.attempt(() -> training.sessions.recordSelfPaced(entry, call),
                    "Call saved: " + call.scorecard().summary());
            add(Parts.scorecard(call.scorecard()),
                    Parts.line("What the debtor could really pay", entry.scenario().persona().canPay()));
            Button again = new Button("Play again", click -> play(entry));
            add(again);
        }

        private void joinLive(String code) {
            Notices.attempt(() -> {
                StoredSession session = training.sessions.join(code);
                training.rooms.changed(session.id());
                removeAll();
                add(new LivePanel(training, session.id(), false));
            }, "Joined the live session");
        }
    }
}
