package app.settle.worklist;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.CREDITOR;
import static app.settle.api.db.Tables.DEBTOR;
import static app.settle.worklist.db.Tables.WORKLIST_ACCOUNT;

import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.UserRef;
import app.settle.api.core.Money;
import app.settle.api.core.WorkspacePanel;
import app.settle.worklist.db.tables.records.WorklistAccountRecord;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Set;
import org.pf4j.Extension;

/**
 * The worklist's panel in the account workspace: why the account is on the list (its points per score component),
 * the call script for its situation, and Next account (Alt+N) to move on once the call is logged with the
 * workspace's own contact actions (Alt+L, outcome, notes, callback, Ctrl+Enter).
 */
@Extension
public class WorkPanel implements WorkspacePanel {

    @Override
    public String title() {
        return "Worklist";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of(Role.COLLECTOR, Role.SUPERVISOR, Role.ADMIN);
    }

    @Override
    public Component create(HostContext host, long accountId) {
        host.accounts().requireVisible(accountId);
        UserRef user = host.currentUser().require();
        Div panel = new Div();
        panel.addClassName("worklist-panel");
        panel.setId("worklist-panel");
        if (Access.WORKERS.contains(user.role())) {
            Button next = new Button("Next account", VaadinIcon.PHONE.create(), click -> WorkSession.openNext(host));
            next.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
            next.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
            next.getElement().setAttribute("title", "Open the best account you may call now (Alt+N)");
            next.setId("worklist-panel-next");
            panel.add(next);
        }
        var dsl = host.data().dsl();
        WorklistAccountRecord facts = dsl.selectFrom(WORKLIST_ACCOUNT).where(WORKLIST_ACCOUNT.ACCOUNT_ID.eq(accountId))
                .fetchOne();
        if (facts == null) {
            panel.add(muted("The score of this account is being computed; it shows within a minute."));
        } else {
            panel.add(heading("Why it is on the list"), breakdown(facts));
        }
        var account = dsl.select(ACCOUNT.STATUTE_DATE, ACCOUNT.VALIDATION_NOTICE_DATE, ACCOUNT.CURRENT_BALANCE,
                        ACCOUNT.CURRENCY, ACCOUNT.PAID_TOTAL, CREDITOR.NAME, DEBTOR.FIRST_NAME, DEBTOR.LAST_NAME,
                        DEBTOR.BUSINESS_NAME, ACCOUNT.DELINQUENCY_DATE)
                .from(ACCOUNT).join(DEBTOR).on(DEBTOR.ID.eq(ACCOUNT.DEBTOR_ID))
                .join(CREDITOR).on(CREDITOR.ID.eq(ACCOUNT.CREDITOR_ID))
                .where(ACCOUNT.ID.eq(accountId), host.accounts().visibleToCurrentUser())
                .fetchSingle();
        LocalDateTime now = LocalDateTime.ofInstant(host.clock().instant(), ZoneOffset.UTC);
        LocalDate today = now.toLocalDate();
        String business = account.get(DEBTOR.BUSINESS_NAME);
        String name = business != null ? business
                : (account.get(DEBTOR.FIRST_NAME) + " " + account.get(DEBTOR.LAST_NAME)).strip();
        LocalDate statute = account.get(ACCOUNT.STATUTE_DATE);
        LocalDate validation = account.get(ACCOUNT.VALIDATION_NOTICE_DATE);
        CallScript.Script script = CallScript.forAccount(new CallScript.Facts(name, user.displayName(),
                host.settings().get("agency-name", "Settle Recovery"), account.get(CREDITOR.NAME),
                new Money(account.get(ACCOUNT.CURRENT_BALANCE), Currency.getInstance(account.get(ACCOUNT.CURRENCY))).format(),
                statute != null && statute.isBefore(today),
                (int) Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(account.get(ACCOUNT.DELINQUENCY_DATE), today)),
                facts == null ? 0 : facts.getBrokenPromises(),
                facts != null && facts.getCallbackAt() != null && !facts.getCallbackAt().isAfter(now),
                account.get(ACCOUNT.PAID_TOTAL).compareTo(BigDecimal.ZERO) > 0,
                validation != null && !validation.plusDays(35).isBefore(today)));
        panel.add(heading("Call script"), list(new OrderedList(), script.opening(), "worklist-script-opening"),
                list(new UnorderedList(), script.talkingPoints(), "worklist-script-points"));
        return panel;
    }

    private static Component breakdown(WorklistAccountRecord f) {
        Div table = new Div();
        table.setId("worklist-breakdown");
        table.add(line(ScoreComponent.BALANCE, "$" + Numbers.plain(f.getBalance()), f.getPtsBalance()));
        table.add(line(ScoreComponent.DAYS_PAST_DUE, Numbers.count(f.getDaysPastDue()), f.getPtsDaysPastDue()));
        table.add(line(ScoreComponent.PAYMENTS, Numbers.plain(f.getPaidPercent()) + "% paid", f.getPtsPayments()));
        table.add(line(ScoreComponent.PROMISES, f.getBrokenPromises() + " broken", f.getPtsPromises()));
        table.add(line(ScoreComponent.CONTACTABILITY, f.getUsablePhones() + " usable phone"
                + (f.getUsablePhones() == 1 ? "" : "s"), f.getPtsContactability()));
        Div total = new Div(new Span("Score"), new Span(Integer.toString(f.getScore())));
        total.addClassName("worklist-breakdown-total");
        total.getStyle().set("display", "flex").set("justify-content", "space-between").set("font-weight", "600")
                .set("border-top", "1px solid var(--lumo-contrast-20pct, #ccc)").set("padding-top", "0.25rem");
        table.add(total);
        return table;
    }

    private static Component line(ScoreComponent component, String measure, int points) {
        Span label = new Span(component.label());
        Span value = new Span(measure);
        value.addClassName("settle-muted");
        Span pts = new Span(Numbers.points(points));
        pts.getStyle().set("min-width", "3rem").set("text-align", "right");
        Div left = new Div(label, new Span(" · "), value);
        Div line = new Div(left, pts);
        line.getStyle().set("display", "flex").set("justify-content", "space-between").set("gap", "0.5rem");
        line.addClassName("worklist-breakdown-line");
        return line;
    }

    private static Component heading(String text) {
        H4 heading = new H4(text);
        heading.getStyle().set("margin", "0.75rem 0 0.25rem").set("font-size", "0.95rem").set("font-weight", "600");
        return heading;
    }

    private static Component list(com.vaadin.flow.component.HtmlContainer list, java.util.List<String> lines, String id) {
        lines.forEach(line -> list.add(new ListItem(line)));
        list.setId(id);
        list.getStyle().set("margin", "0").set("padding-left", "1.25rem");
        return list;
    }

    private static Component muted(String text) {
        Span span = new Span(text);
        span.addClassName("settle-muted");
        return span;
    }
}
