package app.settle.portal.workspace;

import app.settle.portal.assignment.AssignmentService;
import app.settle.portal.assignment.AssignmentService.Assignment;
import app.settle.portal.shell.Feedback;
import app.settle.portal.users.UserDirectory.Member;
import app.settle.portal.users.UserDirectory.TeamRef;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import java.util.List;

/** Team and collector of the account, changeable by supervisors (their teams) and administrators. */
final class AssignmentEditor {

    private final AssignmentService service;

    AssignmentEditor(AssignmentService service) {
        this.service = service;
    }

    Component build(long accountId, Runnable onSaved) {
        Assignment current = service.current(accountId).orElseThrow();
        List<TeamRef> teams = service.assignableTeams();
        ComboBox<TeamRef> team = new ComboBox<>("Team", teams);
        team.setItemLabelGenerator(TeamRef::name);
        team.setId("assign-team");
        ComboBox<Member> collector = new ComboBox<>("Collector");
        collector.setItemLabelGenerator(Member::displayName);
        collector.setPlaceholder("Team pool (no collector)");
        collector.setClearButtonVisible(true);
        collector.setId("assign-collector");
        team.addValueChangeListener(change -> {
            collector.clear();
            collector.setItems(change.getValue() == null ? List.of() : service.collectorsOf(change.getValue().id()));
        });
        teams.stream().filter(t -> t.id() == current.teamId()).findFirst().ifPresent(team::setValue);
        if (current.collectorId() != null && team.getValue() != null) {
            service.collectorsOf(current.teamId()).stream().filter(m -> m.id() == current.collectorId()).findFirst()
                    .ifPresent(collector::setValue);
        }
        Button save = new Button("Save assignment", click -> {
            if (team.getValue() == null) {
                Feedback.error("Choose a team first.");
                return;
            }
            Long collectorId = collector.getValue() == null ? null : collector.getValue().id();
            if (Feedback.attempt(() -> service.assign(accountId, current.version(), team.getValue().id(), collectorId),
                    "Assignment saved.")) {
                onSaved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.SMALL);
        save.setId("save-assignment");
        Div box = new Div(team, collector, save);
        box.addClassName("settle-assignment");
        return box;
    }
}
