package app.settle.portal.worklist;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.settle.portal.testing.KaribuViewTest;
import app.settle.portal.testing.TestDatabase;
import app.settle.portal.testing.TestDatabaseInitializer;
import app.settle.portal.testing.TestPlugins;
import app.settle.portal.users.UserDirectory;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests of the shipped worklist plugin: one Spring context (real MariaDB, demo users) whose plugins
 * folder holds the jar {@code plugins/worklist} built, so the plugin loads through PF4J as in production and its
 * classes are never on the test class path. The plugin's background jobs are off: tests recompute on purpose, the
 * way an administrator does (saving the scoring model).
 */
@SpringBootTest(properties = {"settle.demo-data=true", "settle.plugins.worklist.background-jobs=false"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
abstract class WorklistUiTest extends KaribuViewTest {

    static final Path PLUGINS = TestDatabase.workDir().resolve("worklist-ui-test/plugins");

    @Autowired
    DSLContext dsl;
    @Autowired
    UserDirectory users;

    /** The shipped plugin's jar, as its module built it, is the only plugin of this context. */
    @DynamicPropertySource
    static void pluginsFolder(DynamicPropertyRegistry registry) {
        registry.add("settle.plugins.dir", () -> TestPlugins.folderWithShipped(PLUGINS, "worklist").toString());
    }

    /** Saving the scoring model recomputes every account, as an administrator does it. */
    void recompute() {
        openAs("admin");
        navigateTo("worklist/scoring");
        _click(_get(Button.class, spec -> spec.withId("scoring-save")));
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .anySatisfy(text -> assertThat(text).startsWith("Scoring saved; scores recomputed"));
    }

    /** Creates a shared queue of the team with the ranking (its label), worked by the collectors (display names). */
    void createQueue(String queueName, String team, String ranking, Set<String> collectorNames) {
        openAs("admin");
        navigateTo("worklist/queues");
        _get(TextField.class, spec -> spec.withId("queue-name")).setValue(queueName);
        Select<Object> teams = teamSelect();
        teams.setValue(teams.getGenericDataView().getItems()
                .filter(t -> teams.getItemLabelGenerator().apply(t).equals(team)).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Select<Object> rankings = _get(Select.class, spec -> spec.withId("queue-ranking"));
        rankings.setValue(rankings.getGenericDataView().getItems()
                .filter(r -> rankings.getItemLabelGenerator().apply(r).equals(ranking)).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("queue-save")));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Object> workers = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Worked by"));
        workers.setValue(workers.getGenericDataView().getItems()
                .filter(c -> collectorNames.contains(workers.getItemLabelGenerator().apply(c))).collect(Collectors.toSet()));
        _click(_get(Button.class, spec -> spec.withId("queue-save-workers")));
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .anySatisfy(text -> assertThat(text).isEqualTo(queueName + " is worked by " + collectorNames.size()
                        + " collector" + (collectorNames.size() == 1 ? "" : "s") + "."));
    }

    @SuppressWarnings("unchecked")
    static Select<Object> teamSelect() {
        return _get(Select.class, spec -> spec.withLabel("Team"));
    }

    /** The account references on the user's worklist, top to bottom. */
    List<String> worklistAs(String username) {
        openAs(username);
        navigateTo("worklist");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("worklist-grid"));
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            refs.add(GridKt._getFormatted(grid, i, "account"));
        }
        return refs;
    }
}
