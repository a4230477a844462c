package app.settle.trainer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.function.Consumer;

/** The two grids of the progress screens: skills of one trainee, and a list of calls to open for review. */
final class ProgressGrids {

    /** How many recent finished calls the skill table reads. */
    static final int SKILL_WINDOW = 50;

    private ProgressGrids() {
    }

    static Grid<SkillProgress> skills(List<SkillProgress> skills) {
        Grid<SkillProgress> grid = new Grid<>();
        grid.setId("trainer-skills");
        grid.addColumn(SkillProgress::label).setHeader("Skill").setFlexGrow(3);
        grid.addColumn(SkillProgress::shown).setHeader("Calls where it came up").setAutoWidth(true);
        grid.addColumn(SkillProgress::earned).setHeader("Earned").setAutoWidth(true);
        grid.addColumn(SkillProgress::rate).setHeader("Rate").setAutoWidth(true);
        grid.addColumn(SkillProgress::trend).setHeader("Latest (✓ earned, ✗ lost, · not shown)").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setItems(skills);
        grid.setAllRowsVisible(true);
        return grid;
    }

    static Grid<StoredSession> calls(List<StoredSession> sessions, boolean showTrainee, Consumer<StoredSession> open) {
        Grid<StoredSession> grid = new Grid<>();
        grid.setId("trainer-calls");
        grid.addColumn(s -> Parts.when(s.startedAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        if (showTrainee) {
            grid.addColumn(s -> s.traineeName() == null ? "—" : s.traineeName()).setHeader("Trainee").setAutoWidth(true);
        }
        grid.addColumn(StoredSession::scenarioTitle).setHeader("Scenario").setFlexGrow(2);
        grid.addColumn(s -> s.mode().label()).setHeader("Mode").setAutoWidth(true);
        grid.addColumn(Parts::percent).setHeader("Score").setAutoWidth(true);
        grid.addColumn(s -> s.passed() == null ? s.status().label() : s.passed() ? "Passed" : "Not passed")
                .setHeader("Result").setAutoWidth(true);
        grid.addComponentColumn(s -> {
            Button button = new Button("Review", click -> open.accept(s));
            button.addThemeVariants(ButtonVariant.SMALL);
            return button;
        }).setKey("review").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setItems(sessions);
        grid.setHeight("22rem");
        return grid;
    }
}
