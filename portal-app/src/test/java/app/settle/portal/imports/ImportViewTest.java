package app.settle.portal.imports;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import app.settle.portal.shell.AccessDeniedView;
import app.settle.portal.testing.PortalUiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImportViewTest extends PortalUiTest {

    @Test
    void anAdministratorValidatesSeesTheBadRowsAndImportsTheValidOnes() {
        openAs("admin");
        navigateTo("admin/imports");
        ImportView view = _get(ImportView.class);
        view.background = Runnable::run;
        String creditor = "VIEWTEST-" + System.nanoTime() % 1_000_000;
        Path file = TestFiles.placements(creditor)
                .row("account_ref", "V1", "debtor_ref", "D1")
                .row("account_ref", "V2", "debtor_ref", "D2", "current_balance", "lots")
                .row("account_ref", "V3", "debtor_ref", "D3")
                .write();

        view.validate(file, "view-test.csv");
        MockVaadin.clientRoundtrip(false);

        assertThat(view.getElement().getTextRecursively())
                .contains("view-test.csv: 3 rows, 2 valid, 1 with problems, 0 already imported.");
        @SuppressWarnings("unchecked")
        Grid<RowError> errors = _get(Grid.class, spec -> spec.withId("import-errors"));
        assertThat(GridKt._size(errors)).isEqualTo(1);
        assertThat(GridKt._get(errors, 0).column()).isEqualTo("current_balance");
        assertThat(_get(Anchor.class, spec -> spec.withText("Download error report (CSV)")).isVisible()).isTrue();

        _click(_get(Button.class, spec -> spec.withText("Import 2 new rows")));
        MockVaadin.clientRoundtrip(false);

        assertThat(view.getElement().getTextRecursively())
                .contains("Imported: 2 accounts created, 0 already imported, 1 rows rejected.");
        assertThat(Files.exists(file)).as("the uploaded temporary file is removed").isFalse();
        @SuppressWarnings("unchecked")
        Grid<ImportBatchSummary> recent = _get(Grid.class, spec -> spec.withId("import-batches"));
        ImportBatchSummary newest = GridKt._get(recent, 0);
        assertThat(newest.fileName()).isEqualTo("view-test.csv");
        assertThat(newest.status()).isEqualTo("COMPLETED");
        assertThat(newest.created()).isEqualTo(2);
        assertThat(newest.createdBy()).isEqualTo("admin");
    }

    @Test
    void aMalformedFileShowsAClearErrorAndOffersNoImport() {
        openAs("admin");
        navigateTo("admin/imports");
        ImportView view = _get(ImportView.class);
        view.background = Runnable::run;
        String header = String.join(",", PlacementRules.COLUMNS);
        view.validate(TestFiles.write(header + "\r\nX,\"open\r\n"), "broken.csv");
        MockVaadin.clientRoundtrip(false);
        assertThat(view.getElement().getTextRecursively()).contains("broken.csv cannot be imported: "
                + "A quoted field opened on line 2 is never closed");
        _assertNone(Button.class, spec -> spec.withText("Cancel"));
    }

    @Test
    void onlyAdministratorsMayImport() {
        openAs("supervisor");
        navigateTo("admin/imports");
        assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);
    }
}
