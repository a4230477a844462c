package app.settle.portal.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import app.settle.api.core.AgingBucket;
import app.settle.portal.accounts.AccountQueries.AccountRow;
import app.settle.portal.shell.AccessDeniedView;
import app.settle.portal.testing.CoreFixtures;
import app.settle.portal.testing.PortalUiTest;
import app.settle.portal.workspace.AccountsView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard on screen, browser-free: figures, definitions, drill-down, refresh and who may open it. */
class DashboardViewTest extends PortalUiTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    KpiRefresh refresh;
    @Autowired
    Clock clock;

    String ref;
    long accountId;

    @BeforeEach
    void anAccountFortyFiveDaysPastDue() {
        ref = "DASH-" + System.nanoTime();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        accountId = new CoreFixtures(dsl).account(ref).team("East Coast Recovery").balance("777.00")
                .delinquentSince(today.minusDays(45)).create().accountId();
        refresh.refreshWaiting(Duration.ofMinutes(1));
    }

    @Test
    void aSupervisorSeesTheirTeamsAgingAndDrillsDownToTheAccounts() {
        openAs("supervisor");
        navigateTo("dashboard");

        long expected = dsl.fetchOne("SELECT COUNT(*) FROM account a JOIN user_team ut ON ut.team_id = a.team_id"
                + " JOIN app_user u ON u.id = ut.user_id WHERE u.username = 'supervisor' AND a.status = 'ACTIVE'"
                + " AND a.delinquency_date BETWEEN ? AND ?", LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(60),
                LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(31)).get(0, Long.class);
        Div aging = card(Kpi.AGING);
        @SuppressWarnings("unchecked")
        Grid<DashboardFigures.AgingRow> table = _get(aging, Grid.class);
        DashboardFigures.AgingRow row = GridKt._get(table, AgingBucket.DAYS_31_60.ordinal());
        assertThat(row.bucket()).isEqualTo(AgingBucket.DAYS_31_60);
        assertThat(row.accounts()).isEqualTo(expected).isPositive();
        assertThat(_get(aging, Html.class).getInnerHtml()).contains("<svg").contains("viewBox=\"0 0 ")
                .contains("<title>31–60 days: " + String.format("%,d", expected) + " accounts");

        Anchor drill = (Anchor) GridKt._getCellComponent(table, AgingBucket.DAYS_31_60.ordinal(), "bucket");
        assertThat(drill.getText()).isEqualTo("31–60 days");
        assertThat(drill.getHref()).isEqualTo("accounts?bucket=DAYS_31_60");
        navigateTo(drill.getHref());
        assertThat(getCurrentView()).isEqualTo(AccountsView.class);
        assertThat(_get(Span.class, spec -> spec.withId("account-filter")).getText())
                .isEqualTo("Showing active, 31–60 days past due");
        @SuppressWarnings("unchecked")
        Grid<AccountRow> accounts = _get(Grid.class);
        List<AccountRow> shown = GridKt._findAll(accounts);
        assertThat(shown).isNotEmpty().allSatisfy(a -> assertThat(a.daysPastDue()).isBetween(31L, 60L));
        _get(TextField.class, spec -> spec.withId("account-search")).setValue(ref);
        assertThat(GridKt._findAll(accounts)).extracting(AccountRow::externalRef).containsExactly(ref);
    }

    @Test
    void eachFigureExplainsItselfInOneClick() {
        openAs("supervisor");
        navigateTo("dashboard");
        Div tile = _find(Div.class).stream().filter(d -> Kpi.PROMISE_RATE.name().equals(d.getElement()
                .getAttribute("data-kpi"))).findFirst().orElseThrow();
        Button info = _get(tile, Button.class);
        assertThat(info.getAriaLabel()).contains("What is Promise rate?");
        _click(info);
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Promise rate");
        assertThat(_find(dialog, Paragraph.class)).extracting(Paragraph::getText)
                .containsExactly(Kpi.PROMISE_RATE.formula(), "Period: Contacts logged in the period.");
    }

    @Test
    void refreshingShowsTheNewNumbersAndSaysSo() {
        openAs("admin");
        navigateTo("dashboard");
        DashboardView view = _get(DashboardView.class);
        view.background = Runnable::run;
        long before = activeAccountsShown();
        new CoreFixtures(dsl).account("DASH-NEW-" + System.nanoTime()).team("West Coast Recovery").create();

        _click(_get(Button.class, spec -> spec.withId("dashboard-refresh")));
        MockVaadin.clientRoundtrip(false);

        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .anyMatch(text -> text.startsWith("Figures are up to date"));
        assertThat(activeAccountsShown()).isEqualTo(before + 1);
    }

    @Test
    void collectorsAndTrainersCannotOpenTheDashboard() {
        openAs("collector");
        navigateTo("dashboard");
        assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);
        openAs("trainer");
        navigateTo("dashboard");
        assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);
    }

    private long activeAccountsShown() {
        Div tile = _find(Div.class).stream().filter(d -> Kpi.ACTIVE_ACCOUNTS.name().equals(d.getElement()
                .getAttribute("data-kpi"))).findFirst().orElseThrow();
        return Long.parseLong(_get(tile, Anchor.class).getText().replace(",", ""));
    }

    private static Div card(Kpi kpi) {
        return _find(Div.class).stream().filter(d -> d.hasClassName("settle-dashboard-card")
                && kpi.name().equals(d.getElement().getAttribute("data-kpi"))).findFirst().orElseThrow();
    }
}
