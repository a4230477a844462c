package app.settle.plugins.paymentplans;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.CONTACT_ATTEMPT;
import static app.settle.plugins.paymentplans.db.Tables.PAYMENT_PLANS_ARRANGEMENT;
import static app.settle.plugins.paymentplans.db.Tables.PAYMENT_PLANS_INSTALMENT;

import app.settle.api.DashboardWidget;
import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.plugins.paymentplans.db.tables.PaymentPlansArrangement;
import app.settle.plugins.paymentplans.db.tables.PaymentPlansInstalment;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.pf4j.Extension;

/**
 * The supervisors' Home card: over the last 30 days, within their teams, the promise rate (arrangements recorded
 * per conversation with a debtor), the promise-kept rate (instalments due in the period that were kept, of those
 * decided), and plan performance (arrangements by status now, and how many wait for approval).
 */
@Extension
public class PlansWidget implements DashboardWidget {

    private static final PaymentPlansArrangement A = PAYMENT_PLANS_ARRANGEMENT;
    private static final PaymentPlansInstalment I = PAYMENT_PLANS_INSTALMENT;

    static final int DAYS = 30;

    @Override
    public String title() {
        return "Promises and plans";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Set<Role> allowedRoles() {
        return Roles.APPROVERS;
    }

    @Override
    public Component createComponent(HostContext host) {
        DSLContext dsl = host.data().dsl();
        var visibleAccounts = DSL.select(ACCOUNT.ID).from(ACCOUNT).where(host.accounts().visibleToCurrentUser());
        LocalDateTime since = LocalDateTime.ofInstant(host.clock().instant(), ZoneOffset.UTC).minusDays(DAYS);
        int conversations = dsl.fetchCount(CONTACT_ATTEMPT, CONTACT_ATTEMPT.CONVERSATION.isTrue()
                .and(CONTACT_ATTEMPT.OCCURRED_AT.ge(since)).and(CONTACT_ATTEMPT.ACCOUNT_ID.in(visibleAccounts)));
        int recorded = dsl.fetchCount(A, A.CREATED_AT.ge(since).and(A.ACCOUNT_ID.in(visibleAccounts)));
        Map<String, Integer> decided = dsl.select(I.STATE, DSL.count()).from(I)
                .join(A).on(A.ID.eq(I.ARRANGEMENT_ID))
                .where(I.DUE_ON.ge(since.toLocalDate()).and(I.STATE.in("KEPT", "BROKEN"))
                        .and(A.ACCOUNT_ID.in(visibleAccounts)))
                .groupBy(I.STATE).fetchMap(I.STATE, DSL.count());
        Map<String, Integer> byStatus = dsl.select(A.STATUS, DSL.count()).from(A)
                .where(A.ACCOUNT_ID.in(visibleAccounts)).groupBy(A.STATUS).fetch().stream()
                .collect(Collectors.toMap(r -> r.value1(), r -> r.value2()));
        int kept = decided.getOrDefault("KEPT", 0);
        int broken = decided.getOrDefault("BROKEN", 0);

        Div card = new Div();
        card.setId("plans-widget");
        Div figures = new Div(
                figure("plans-promise-rate", Format.percent(recorded, conversations), "promise rate",
                        recorded + " recorded / " + conversations + " conversations"),
                figure("plans-kept-rate", Format.percent(kept, (long) kept + broken), "promises kept",
                        kept + " kept, " + broken + " broken"),
                figure("plans-pending", Integer.toString(byStatus.getOrDefault("PENDING_APPROVAL", 0)),
                        "waiting for approval", null));
        figures.addClassName("plans-figures");
        figures.getStyle().set("display", "flex").set("gap", "var(--lumo-space-l)").set("flex-wrap", "wrap");
        card.add(figures);
        Span performance = new Span("Plans now: " + byStatus.getOrDefault("CURRENT", 0) + " current · "
                + byStatus.getOrDefault("LATE", 0) + " late · " + byStatus.getOrDefault("DEFAULTED", 0)
                + " defaulted · " + byStatus.getOrDefault("COMPLETED", 0) + " completed");
        performance.addClassName("settle-muted");
        performance.setId("plans-performance");
        card.add(new Div(performance), Cards.muted("Last " + DAYS + " days, your teams"));
        return card;
    }

    private static Div figure(String id, String value, String label, String detail) {
        Span number = new Span(value);
        number.setId(id);
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        Div box = new Div(number, new Div(label));
        if (detail != null) {
            box.add(Cards.muted(detail));
        }
        return box;
    }
}
