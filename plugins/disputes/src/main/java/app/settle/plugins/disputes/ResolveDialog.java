package app.settle.plugins.disputes;

import app.settle.api.core.AdjustmentKind;
import app.settle.api.core.Money;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * How a handler closes a dispute: upheld (adjustment or write-off of an amount up to the disputed amount), rejected
 * (verification sent: date and method) or withdrawn, always with a reason. The fields that do not apply to the
 * chosen outcome are hidden; the server checks everything again.
 */
final class ResolveDialog extends Dialog {

    /** The three ways to close a dispute, as the form offers them. */
    enum Outcome {
        UPHELD("Upheld: the debtor is right"),
        REJECTED("Rejected: verification sent"),
        WITHDRAWN("Withdrawn by the debtor");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    private final RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>("Outcome");
    private final Select<AdjustmentKind> kind = new Select<>();
    private final BigDecimalField amount = new BigDecimalField("Amount off the balance");
    private final DatePicker sentOn = new DatePicker("Verification sent on");
    private final Select<VerificationMethod> method = new Select<>();
    private final TextArea reason = new TextArea("Reason");

    ResolveDialog(Dispute dispute, DisputeResolutions resolutions, DisputeSettings settings, LocalDate today,
                  Consumer<Dispute> onResolved) {
        setHeaderTitle("Resolve dispute #" + dispute.id());
        setWidth("min(36rem, 95vw)");
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(o -> o.label);
        outcome.setId("resolve-outcome");
        kind.setLabel("Effect on the balance");
        kind.setItems(AdjustmentKind.values());
        kind.setItemLabelGenerator(AdjustmentKind::label);
        kind.setValue(AdjustmentKind.ADJUSTMENT);
        kind.setId("resolve-kind");
        amount.setValue(dispute.disputedAmount().amount().setScale(2, RoundingMode.HALF_UP));
        amount.setHelperText("At most the disputed " + dispute.disputedAmount().format() + "; above "
                + new Money(settings.approvalThreshold(), dispute.disputedAmount().currency()).format()
                + " a supervisor of the team must approve.");
        amount.setId("resolve-amount");
        sentOn.setValue(today);
        sentOn.setMax(today);
        sentOn.setMin(dispute.receivedOn());
        sentOn.setId("resolve-sent-on");
        method.setLabel("Sent by");
        method.setItems(VerificationMethod.values());
        method.setItemLabelGenerator(VerificationMethod::label);
        method.setValue(VerificationMethod.MAIL);
        method.setId("resolve-method");
        reason.setMaxLength(DisputeChecks.REASON_LIMIT);
        reason.setRequired(true);
        reason.setPlaceholder("What was found, for the timeline and the audit log");
        reason.setId("resolve-reason");
        reason.setWidthFull();
        outcome.addValueChangeListener(change -> showFieldsFor(change.getValue()));
        showFieldsFor(null);

        FormLayout form = new FormLayout(outcome, kind, amount, sentOn, method, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("26rem", 2));
        form.setColspan(outcome, 2);
        form.setColspan(reason, 2);
        Div note = new Div("Rejecting releases the collection hold and makes the verification letter available; "
                + "upholding takes the amount off the balance through the portal's ledger.");
        note.addClassName("settle-hint");
        add(form, note);

        Button resolve = new Button("Resolve", click -> {
            if (outcome.getValue() == null) {
                Notices.error("Not done: choose the outcome first.");
                return;
            }
            Dispute result = Notices.attempt(() -> resolutions.resolve(dispute.id(), resolution()),
                    outcome.getValue() == Outcome.UPHELD ? "Resolution recorded." : "Dispute resolved.");
            if (result != null) {
                close();
                onResolved.accept(result);
            }
        });
        resolve.addThemeVariants(ButtonVariant.PRIMARY);
        resolve.setId("resolve-submit");
        getFooter().add(new Button("Cancel", click -> close()), resolve);
    }

    private void showFieldsFor(Outcome chosen) {
        kind.setVisible(chosen == Outcome.UPHELD);
        amount.setVisible(chosen == Outcome.UPHELD);
        sentOn.setVisible(chosen == Outcome.REJECTED);
        method.setVisible(chosen == Outcome.REJECTED);
    }

    private Resolution resolution() {
        return switch (outcome.getValue()) {
            case UPHELD -> new Resolution.Upheld(kind.getValue(), amount.getValue(), reason.getValue());
            case REJECTED -> new Resolution.Rejected(sentOn.getValue(), method.getValue(), reason.getValue());
            case WITHDRAWN -> new Resolution.Withdrawn(reason.getValue());
        };
    }
}
