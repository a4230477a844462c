package app.settle.plugins.paymentplans;

import app.settle.api.core.Money;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** The pieces the panel and the approval queue share: an arrangement's card, its status badge, muted text. */
final class Cards {

    private Cards() {
    }

    static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("settle-muted");
        return span;
    }

    static Span status(Arrangement a) {
        Span badge = new Span(a.status().label(a.kind()));
        badge.addClassNames("settle-badge", "settle-badge-" + switch (a.status()) {
            case CURRENT, COMPLETED -> "success";
            case LATE, DEFAULTED, REJECTED -> "error";
            case PENDING_APPROVAL, CANCELLED -> "contrast";
        });
        badge.addClassName("plan-status");
        return badge;
    }

    /**
     * An arrangement with its instalments; {@code actions} adds the letter, modify and cancel buttons (the
     * negotiation panel), otherwise the caller adds its own (the approval queue).
     */
    static Div arrangement(Plans plans, Arrangement a, boolean actions, Runnable onChange) {
        Div card = new Div();
        card.addClassName("plan-card");
        card.getElement().setAttribute("data-arrangement", Long.toString(a.id()));
        Div head = new Div(status(a), new Span(" " + a.summary()));
        head.addClassName("plan-summary");
        card.add(head);
        String currency = a.total().currency().getCurrencyCode();
        Money paid = Money.of(a.paid(), currency);
        card.add(muted("Paid " + paid.format() + " of " + a.total().format() + " · recorded by " + a.createdBy()
                + (a.kind() == Kind.SETTLEMENT ? " · accepted in full for a balance of " + a.balanceAtOffer().format()
                : "") + (a.waiver() == null ? "" : " · incentive: " + a.waiver())));
        if (a.approvalReasons() != null) {
            String decision = a.status() == Status.PENDING_APPROVAL ? "Waiting for a supervisor: "
                    : a.decidedBy() == null ? "Outside the guardrails: "
                    : (a.status() == Status.REJECTED ? "Not approved" : "Approved") + " by " + a.decidedBy()
                            + " outside the guardrails: ";
            Div why = new Div(decision + a.approvalReasons()
                    + (a.decisionNote() == null ? "" : " · " + a.decisionNote()));
            why.addClassName("settle-hint");
            why.addClassName("plan-approval");
            card.add(why);
        }
        Grid<Arrangement.Instalment> grid = new Grid<>();
        grid.addClassName("plan-instalments");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Arrangement.Instalment::seq).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> Format.date(i.dueOn())).setHeader("Due").setAutoWidth(true);
        grid.addColumn(i -> Money.of(i.amount(), currency).format()).setHeader("Amount").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(i -> Money.of(i.paid(), currency).format()).setHeader("Paid").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(i -> switch (i.state()) {
            case PENDING -> "Pending";
            case KEPT -> "Kept";
            case BROKEN -> "Broken";
        }).setHeader("State").setAutoWidth(true);
        grid.setItems(a.instalments());
        if (a.instalments().size() <= 6) {
            grid.setAllRowsVisible(true);
            card.add(grid);
        } else {
            grid.setAllRowsVisible(false);
            grid.setHeight("16rem");
            // a long plan: its schedule folds away, so the actions stay in sight
            Details schedule = new Details("Instalments (" + a.instalments().size() + ")", grid);
            schedule.setOpened(actions);
            schedule.setWidthFull();
            card.add(schedule);
        }
        if (actions) {
            HorizontalLayout bar = new HorizontalLayout();
            bar.setSpacing(true);
            bar.add(letter(plans, a));
            if ((a.status() == Status.CURRENT || a.status() == Status.LATE)
                    && !Modification.changeable(a).isEmpty()) {
                Button modify = new Button("Modify " + a.kind().label().toLowerCase() + "…", click -> new ModifyDialog(
                        plans, a, Account.require(plans.host().data().dsl(), plans.host().accounts(), a.accountId(),
                        false), onChange).open());
                modify.addThemeVariants(ButtonVariant.SMALL);
                modify.setId("plan-modify");
                bar.add(modify);
            }
            Button cancel = new Button("Cancel arrangement…", click -> cancelDialog(plans, a, onChange).open());
            cancel.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            cancel.setId("plan-cancel");
            bar.add(cancel);
            card.add(bar);
        }
        return card;
    }

    private static Component letter(Plans plans, Arrangement a) {
        Anchor letter = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                byte[] html = new Letters(plans).confirmation(a.id()).getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(html), "plan-confirmation-" + a.id() + ".html",
                        "text/html; charset=UTF-8", html.length);
            } catch (PlanRefusedException e) {
                return DownloadResponse.error(409, e.getMessage());
            }
        }), "Confirmation letter");
        letter.setId("plan-letter");
        return letter;
    }

    private static Dialog cancelDialog(Plans plans, Arrangement a, Runnable onChange) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Cancel " + a.kind().label().toLowerCase());
        TextField reason = new TextField("Reason");
        reason.setRequired(true);
        reason.setMaxLength(500);
        reason.setWidth("min(30rem, 80vw)");
        reason.setId("plan-cancel-reason");
        dialog.add(reason);
        Button confirm = new Button("Cancel arrangement", click -> {
            Boolean done = Notices.run(() -> {
                plans.cancel(a.id(), reason.getValue());
                return Boolean.TRUE;
            }, "Arrangement cancelled.");
            if (done != null) {
                dialog.close();
                onChange.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.setId("plan-cancel-confirm");
        dialog.getFooter().add(new Button("Keep it", click -> dialog.close()), confirm);
        return dialog;
    }
}
