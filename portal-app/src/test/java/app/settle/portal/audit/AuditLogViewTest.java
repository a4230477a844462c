package app.settle.portal.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import app.settle.api.AuditEntry;
import app.settle.portal.shell.AccessDeniedView;
import app.settle.portal.testing.PortalUiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditLogViewTest extends PortalUiTest {

    @Autowired
    AuditTrail audit;

    @Test
    void anAdministratorFiltersTheAuditLog() {
        audit.record("alex", "host", new AuditEntry("VIEW_TEST_DONE", "widget", "42", "{\"a\":1}", "{\"a\":2}"));
        openAs("admin");
        navigateTo("admin/audit");

        @SuppressWarnings("unchecked")
        Grid<AuditRecord> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isPositive();

        _get(TextField.class, spec -> spec.withLabel("Record id")).setValue("42");
        @SuppressWarnings("unchecked")
        ComboBox<String> action = _get(ComboBox.class, spec -> spec.withLabel("Action"));
        action.setValue("VIEW_TEST_DONE");

        assertThat(GridKt._size(grid)).isEqualTo(1);
        AuditRecord row = GridKt._get(grid, 0);
        assertThat(row.actor()).isEqualTo("alex");
        assertThat(row.after()).isEqualTo("{\"a\":2}");
    }

    @Test
    void collectorsMayNotBrowseIt() {
        openAs("collector");
        navigateTo("admin/audit");
        assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);
    }
}
