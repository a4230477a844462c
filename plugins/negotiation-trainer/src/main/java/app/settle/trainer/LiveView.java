package app.settle.trainer;

import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.ViewContribution;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Set;
import org.pf4j.Extension;

/** Trainers: start a live session on a scenario (the trainee joins with its code), or go back to an open one. */
@Extension
public class LiveView implements ViewContribution {

    @Override
    public String route() {
        return "training/live";
    }

    @Override
    public String title() {
        return "Live sessions";
    }

    @Override
    public String icon() {
        return "vaadin:phone";
    }

    @Override
    public int order() {
        return 310;
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of(Role.TRAINER);
    }

    @Override
    public Component createView(HostContext host) {
        return new Live(Training.get(), host.currentUser().require().id());
    }

    static final class Live extends VerticalLayout {

        private final Training training;
        private final long trainerId;

        Live(Training training, long trainerId) {
            this.training = training;
            this.trainerId = trainerId;
            showStart();
        }

        private void showStart() {
            removeAll();
            ComboBox<ScenarioLibrary.Entry> scenario = new ComboBox<>("Scenario");
            scenario.setItems(training.library.playable());
            scenario.setItemLabelGenerator(entry -> entry.scenario().title());
            scenario.setWidth("28rem");
            scenario.setId("trainer-live-scenario");
            Button start = new Button("Start live session", click -> {
                if (scenario.getValue() == null) {
                    Notices.error("Not done: choose a scenario first");
                    return;
                }
                Notices.attempt(() -> open(training.sessions.startLive(scenario.getValue()).id()),
                        "Live session started: give the trainee the code");
            });
            start.addThemeVariants(ButtonVariant.PRIMARY);
            start.setId("trainer-live-start");
            HorizontalLayout row = new HorizontalLayout(scenario, start);
            row.setAlignItems(Alignment.BASELINE);

            Grid<StoredSession> open = new Grid<>();
            open.setId("trainer-live-open");
            open.addColumn(StoredSession::scenarioTitle).setHeader("Scenario").setFlexGrow(2);
            open.addColumn(s -> s.status().label()).setHeader("Status").setAutoWidth(true);
            open.addColumn(s -> s.traineeName() == null ? "—" : s.traineeName()).setHeader("Trainee").setAutoWidth(true);
            open.addColumn(s -> Parts.when(s.startedAt())).setHeader("Started").setAutoWidth(true);
            open.addComponentColumn(s -> new Button("Open", click -> open(s.id()))).setKey("open").setAutoWidth(true).setFlexGrow(0);
            open.setItems(training.sessions.visibleToTrainer().stream()
                    .filter(s -> s.mode() == StoredSession.Mode.LIVE && !s.finished() && s.trainerId() == trainerId)
                    .toList());
            open.setAllRowsVisible(true);
            add(Parts.hint("You play the debtor from the scenario's lines and cues; the trainee plays the collector on"
                    + " their own screen. Score the rubric during or after the call; the transcript is saved."),
                    row, new H3("Your open sessions"), open);
        }

        private void open(long sessionId) {
            removeAll();
            add(new Button("All live sessions", click -> showStart()), new LivePanel(training, sessionId, true));
        }
    }
}
