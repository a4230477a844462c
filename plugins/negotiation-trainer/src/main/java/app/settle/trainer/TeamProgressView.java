package app.settle.trainer;

import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.ViewContribution;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Trainers: the calls of the trainees they train (see {@link SessionAccess}), each trainee's skills, reviews with
 * comments and score overrides, and the results as xAPI statements for a learning record store.
 */
@Extension
public class TeamProgressView implements ViewContribution {

    @Override
    public String route() {
        return "training/team";
    }

    @Override
    public String title() {
        return "Trainee progress";
    }

    @Override
    public String icon() {
        return "vaadin:group";
    }

    @Override
    public int order() {
        return 311;
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of(Role.TRAINER);
    }

    @Override
    public Component createView(HostContext host) {
        return new Team(Training.get());
    }

    static final class Team extends VerticalLayout {

        private final Training training;

        Team(Training training) {
            this.training = training;
            showAll(null);
        }

        private void showAll(String trainee) {
            removeAll();
            List<StoredSession> visible = training.sessions.visibleToTrainer();
            ComboBox<String> who = new ComboBox<>("Trainee");
            who.setItems(visible.stream().map(StoredSession::traineeUsername).filter(Objects::nonNull).distinct().sorted()
                    .toList());
            who.setItemLabelGenerator(username -> visible.stream().filter(s -> username.equals(s.traineeUsername()))
                    .findFirst().map(StoredSession::traineeName).orElse(username));
            who.setPlaceholder("All trainees");
            who.setClearButtonVisible(true);
            who.setId("trainer-team-trainee");
            who.setValue(trainee);
            who.addValueChangeListener(change -> showAll(change.getValue()));
            List<StoredSession> shown = visible.stream()
                    .filter(s -> trainee == null || trainee.equals(s.traineeUsername())).toList();
            List<SessionStore.Review> finished = shown.stream().filter(StoredSession::finished)
                    .limit(ProgressGrids.SKILL_WINDOW).map(s -> training.sessions.review(s.id())).toList();
            Anchor export = new Anchor();
            export.setText("Export results as xAPI statements (JSON)");
            export.setId("trainer-xapi-export");
            List<Long> ids = finished.stream().map(review -> review.session().id()).toList();
            export.setHref(event -> {
                event.setFileName("settle-training-xapi.json");
                event.setContentType("application/json; charset=UTF-8");
                String homePage = training.host.settings().get("xapi-home-page", "https://settle.app");
                event.getOutputStream().write(XapiStatements.export(homePage,
                        ids.stream().map(training.sessions::reviewOf).toList()).getBytes(StandardCharsets.UTF_8));
            });
            HorizontalLayout top = new HorizontalLayout(who, export);
            top.setAlignItems(Alignment.BASELINE);
            add(Parts.hint("Skills are counted over the latest " + ProgressGrids.SKILL_WINDOW + " finished calls shown."),
                    top, new H3(trainee == null ? "Skills of all trainees" : "Skills"),
                    finished.isEmpty() ? Parts.hint("No finished calls yet.") : ProgressGrids.skills(SkillProgress.of(finished)),
                    new H3("Calls"), ProgressGrids.calls(shown, true, session -> {
                        removeAll();
                        add(new Button("All calls", click -> showAll(trainee)), new ReviewPanel(training, session.id(), true));
                    }));
        }
    }
}
