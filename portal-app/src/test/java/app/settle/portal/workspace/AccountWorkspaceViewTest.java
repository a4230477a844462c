package app.settle.portal.workspace;

import static app.settle.api.db.Tables.DEBTOR;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.settle.api.core.ContactOutcome;
import app.settle.portal.testing.CoreFixtures;
import app.settle.portal.testing.CoreFixtures.Created;
import app.settle.portal.testing.DomainTest;
import app.settle.portal.testing.PortalUiTest;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.github.mvysny.kaributesting.v10.NotFoundError;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The account workspace as a collector uses it, browser-free. */
class AccountWorkspaceViewTest extends PortalUiTest {

    @Autowired
    DSLContext dsl;
    CoreFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CoreFixtures(dsl);
    }

    @Test
    void showsTheDebtorBalancesAndAgeReadableAtAGlance() {
        Created account = fixtures.account("WS-" + System.nanoTime()).name("Morgan", "Lee").balance("1250.5")
                .delinquentSince(LocalDate.now(ZoneOffset.UTC).minusDays(95)).phone("2125550100").create();
        openAs("collector");
        navigateTo("accounts/" + account.accountId());

        assertThat(getCurrentView()).isEqualTo(AccountWorkspaceView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Morgan Lee");
        assertThat(figure("Current balance")).isEqualTo("$1,250.50");
        assertThat(figure("Days past due")).isEqualTo("95");
        assertThat(texts(Span.class)).contains("bucket 91–180", "(212) 555-0100 · mobile");
        assertThat(texts(Span.class)).contains("Nothing has happened on this account yet.");
    }

    @Test
    void pluginPanelsShowAndAFailingOneIsContained() {
        Created account = fixtures.account("WS-PANEL-" + System.nanoTime()).create();
        openAs("collector");
        navigateTo("accounts/" + account.accountId());

        assertThat(_get(Paragraph.class, spec -> spec.withId("notes-panel")).getText())
                .isEqualTo("No team notes for account " + account.accountId() + " yet.");
        assertThat(_find(Div.class, spec -> spec.withClasses("settle-plugin-error"))).extracting(
                div -> div.getElement().getText())
                .containsExactly("This panel could not be shown because its plugin (view-throws) failed. The rest of"
                        + " the account is unaffected.");
        assertThat(texts(Span.class)).contains("Nothing has happened on this account yet.");

        openAs("trainee");
        navigateTo("accounts/" + account.accountId());
        assertThat(_find(Paragraph.class, spec -> spec.withId("notes-panel"))).as("not for trainees").isEmpty();
    }

    @Test
    void aCallTheGuardDeniesIsDisabledWithTheReason() {
        Created account = fixtures.account("WS-ATT-" + System.nanoTime()).zone(DomainTest.daytimeZone())
                .phone("2125550100").create();
        dsl.update(DEBTOR).set(DEBTOR.ATTORNEY_REPRESENTED, true).where(DEBTOR.ID.eq(account.debtorId())).execute();
        openAs("collector");
        navigateTo("accounts/" + account.accountId());

        Button call = _get(Button.class, spec -> spec.withText("Log call"));
        assertThat(call.isEnabled()).isFalse();
        assertThat(_get(Div.class, spec -> spec.withClasses("settle-guard-reasons")).getElement().getText()
                + textOfChildren("settle-guard-reasons"))
                .contains("represented by an attorney").contains("15 U.S.C. 1692c(a)(2)");
    }

    @Test
    void aCollectorLogsACallAndSeesItOnTheTimeline() {
        Created account = fixtures.account("WS-CALL-" + System.nanoTime()).zone(DomainTest.daytimeZone())
                .phone("2125550100").create();
        openAs("collector");
        navigateTo("accounts/" + account.accountId());

        Button call = _get(Button.class, spec -> spec.withText("Log call"));
        assertThat(call.isEnabled()).isTrue();
        _click(call);
        @SuppressWarnings("unchecked")
        ComboBox<ContactOutcome> outcome = _get(ComboBox.class, spec -> spec.withId("log-outcome"));
        outcome.setValue(ContactOutcome.LEFT_MESSAGE);
        _click(_get(Button.class, spec -> spec.withId("log-save")));

        assertThat(texts(Span.class)).contains("Call (212) 555-0100: Left message", "by collector");
    }

    @Test
    void anotherTeamsAccountLooksLikeNoAccount() {
        Created west = fixtures.account("WS-WEST-" + System.nanoTime()).team("West Coast Recovery").create();
        openAs("collector");

        // Karibu reports the not-found page as the exception the router raises; a browser sees "not found".
        assertThatThrownBy(() -> navigateTo("accounts/" + west.accountId()))
                .isInstanceOf(NotFoundError.class)
                .hasMessageContaining("Account not found among the accounts you may see.");
        assertThat(_find(H2.class)).extracting(H2::getText).doesNotContain("Pat Doe");

        openAs("supervisor");
        navigateTo("accounts/" + west.accountId());
        assertThat(getCurrentView()).isEqualTo(AccountWorkspaceView.class);
    }

    @Test
    void savingFlagsSomeoneElseChangedMeanwhileSaysSoAndKeepsTheirChange() {
        Created account = fixtures.account("WS-LOCK-" + System.nanoTime()).create();
        openAs("collector");
        navigateTo("accounts/" + account.accountId());

        dsl.update(DEBTOR).set(DEBTOR.BANKRUPTCY, true).set(DEBTOR.VERSION, DEBTOR.VERSION.plus(1))
                .where(DEBTOR.ID.eq(account.debtorId())).execute();
        _get(Checkbox.class, spec -> spec.withLabel("Asked us to stop communicating")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("save-flags")));

        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .anySatisfy(text -> assertThat(text).contains("Someone else changed this debtor since you opened it."));
        var debtor = dsl.selectFrom(DEBTOR).where(DEBTOR.ID.eq(account.debtorId())).fetchSingle();
        assertThat(debtor.getBankruptcy()).isTrue();
        assertThat(debtor.getCeaseCommunication()).isFalse();
    }

    @Test
    void aCollectorAddsANoteAndSeesItOnTopOfTheTimeline() {
        Created account = fixtures.account("WS-NOTE-" + System.nanoTime()).create();
        openAs("collector");
        navigateTo("accounts/" + account.accountId());

        _get(TextArea.class, spec -> spec.withId("note-text")).setValue("Asked for a callback after 5 pm.");
        _click(_get(Button.class, spec -> spec.withId("add-note")));

        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .contains("Note added.");
        assertThat(textOfChildren("settle-timeline")).contains("Asked for a callback after 5 pm.");
        assertThat(_get(TextArea.class, spec -> spec.withId("note-text")).getValue()).isEmpty();
    }

    @Test
    void aSupervisorReassignsFromTheWorkspaceAndACollectorCannot() {
        Created account = fixtures.account("WS-ASSIGN-" + System.nanoTime()).create();
        openAs("collector");
        navigateTo("accounts/" + account.accountId());
        assertThat(_find(Button.class, spec -> spec.withId("save-assignment"))).isEmpty();

        openAs("supervisor");
        navigateTo("accounts/" + account.accountId());
        @SuppressWarnings("unchecked")
        ComboBox<Object> collector = _get(ComboBox.class, spec -> spec.withId("assign-collector"));
        Object casey = collector.getListDataView().getItems()
                .filter(member -> member.toString().contains("Casey Collector")).findFirst().orElseThrow();
        collector.setValue(casey);
        _click(_get(Button.class, spec -> spec.withId("save-assignment")));

        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .contains("Assignment saved.");
        assertThat(texts(Span.class)).contains("Assigned to East Coast Recovery · Casey Collector");
    }

    private static String figure(String label) {
        Div figure = _find(Div.class, spec -> spec.withClasses("settle-figure")).stream()
                .filter(div -> _find(div, Span.class).getFirst().getText().equals(label))
                .findFirst().orElseThrow();
        return _find(figure, Span.class).get(1).getText();
    }

    private static List<String> texts(Class<Span> type) {
        return _find(type).stream().map(Span::getText).toList();
    }

    private static String textOfChildren(String cssClass) {
        Div box = _get(Div.class, spec -> spec.withClasses(cssClass));
        return String.join(" ", _find(box, Div.class).stream().map(div -> div.getElement().getText()).toList());
    }
}
