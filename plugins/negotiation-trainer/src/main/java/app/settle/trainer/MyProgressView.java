package app.settle.trainer;

import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.ViewContribution;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/** Trainees: their skills over time and every call they practised, with the scorecard and the trainer's comments. */
@Extension
public class MyProgressView implements ViewContribution {

    @Override
    public String route() {
        return "training/progress";
    }

    @Override
    public String title() {
        return "My training";
    }

    @Override
    public String icon() {
        return "vaadin:chart-line";
    }

    @Override
    public int order() {
        return 301;
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of(Role.TRAINEE);
    }

    @Override
    public Component createView(HostContext host) {
        return new Progress(Training.get());
    }

    static final class Progress extends VerticalLayout {

        private final Training training;

        Progress(Training training) {
            this.training = training;
            showAll();
        }

        private void showAll() {
            removeAll();
            List<StoredSession> mine = training.sessions.mine();
            List<SessionStore.Review> recent = mine.stream().filter(StoredSession::finished)
                    .limit(ProgressGrids.SKILL_WINDOW).map(s -> training.sessions.review(s.id())).toList();
            add(new H3("Skills"), recent.isEmpty() ? Parts.hint("No finished calls yet: practise one under Practice calls.")
                            : ProgressGrids.skills(SkillProgress.of(recent)),
                    new H3("Calls"), ProgressGrids.calls(mine, false, session -> {
                        removeAll();
                        add(new Button("All calls", click -> showAll()), new ReviewPanel(training, session.id(), false));
                    }));
        }
    }
}
