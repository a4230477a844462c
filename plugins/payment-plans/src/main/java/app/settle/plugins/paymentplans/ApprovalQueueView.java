package app.settle.plugins.paymentplans;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.DEBTOR;
import static app.settle.plugins.paymentplans.db.Tables.PAYMENT_PLANS_ARRANGEMENT;

import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.ViewContribution;
import app.settle.plugins.paymentplans.db.tables.PaymentPlansArrangement;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pf4j.Extension;

/**
 * Supervisors' approval queue: arrangements outside the guardrails (settlements below the floor, plans too long or
 * too small), oldest first, within the supervisor's teams. Approve, or reject with a reason; the collector sees
 * the decision on the account. Whoever recorded an arrangement cannot decide on it.
 */
@Extension
public class ApprovalQueueView implements ViewContribution {

    private static final PaymentPlansArrangement A = PAYMENT_PLANS_ARRANGEMENT;

    static final int LIMIT = 200;

    @Override
    public String route() {
        return "payment-plans/approvals";
    }

    @Override
    public String title() {
        return "Plan approvals";
    }

    @Override
    public String icon() {
        return "vaadin:check-square-o";
    }

    @Override
    public int order() {
        return 130;
    }

    @Override
    public Set<Role> allowedRoles() {
        return Roles.APPROVERS;
    }

    @Override
    public Component createView(HostContext host) {
        VerticalLayout view = new VerticalLayout();
        view.setId("plan-approvals");
        view.add(new H2("Plan approvals"));
        Div list = new Div();
        list.setWidthFull();
        view.add(list);
        fill(new Plans(host), list);
        return view;
    }

    private static void fill(Plans plans, Div list) {
        list.removeAll();
        List<Arrangement> pending = Store.find(plans.host().data().dsl(),
                A.STATUS.eq(Status.PENDING_APPROVAL.name()).and(plans.visible()), LIMIT).reversed();
        if (pending.isEmpty()) {
            list.add(Cards.muted("Nothing is waiting for approval."));
            return;
        }
        Map<Long, String> names = plans.host().data().dsl()
                .select(ACCOUNT.ID, ACCOUNT.EXTERNAL_REF, Account.DEBTOR_NAME).from(ACCOUNT)
                .join(DEBTOR).on(DEBTOR.ID.eq(ACCOUNT.DEBTOR_ID))
                .where(ACCOUNT.ID.in(pending.stream().map(Arrangement::accountId).toList())
                        .and(plans.host().accounts().visibleToCurrentUser()))
                .fetch().stream().collect(Collectors.toMap(r -> r.value1(),
                        r -> r.value2() + " · " + r.value3().strip(), (x, y) -> x));
        list.add(Cards.muted(pending.size() + (pending.size() == LIMIT ? "+" : "") + " waiting, oldest first"));
        for (Arrangement a : pending) {
            Div item = new Div();
            item.addClassNames("plan-approval-item", "settle-card");
            Anchor account = new Anchor("accounts/" + a.accountId(), names.getOrDefault(a.accountId(),
                    "Account " + a.accountId()));
            item.add(new Div(account));
            item.add(Cards.arrangement(plans, a, false, () -> { }));
            TextField note = new TextField();
            note.setPlaceholder("Note (required to reject)");
            note.setAriaLabel("Decision note (required to reject)");
            note.setMaxLength(500);
            note.setWidth("min(28rem, 60vw)");
            note.addClassName("plan-decision-note");
            Button approve = new Button("Approve", click -> {
                if (Notices.run(() -> plans.decide(a.id(), true, note.getValue()), "Approved.") != null) {
                    fill(plans, list);
                }
            });
            approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
            approve.addClassName("plan-approve");
            Button reject = new Button("Reject", click -> {
                if (Notices.run(() -> plans.decide(a.id(), false, note.getValue()), "Rejected.") != null) {
                    fill(plans, list);
                }
            });
            reject.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.SMALL);
            reject.addClassName("plan-reject");
            HorizontalLayout bar = new HorizontalLayout(note, approve, reject);
            bar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            item.add(bar);
            list.add(item);
        }
    }
}
