package app.settle.plugins.paymentplans;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Records a promise, plan or settlement. While it is filled in it shows the instalments and whether a supervisor
 * must approve; the server checks everything again when it is saved, and a refusal keeps the dialog open with the
 * reason.
 */
final class RecordDialog extends Dialog {

    private final Plans plans;
    private final Account account;
    private final LocalDate today;
    private final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>("What was agreed");
    private final BigDecimalField total = new BigDecimalField("Total");
    private final Select<Frequency> frequency = new Select<>();
    private final IntegerField count = new IntegerField("Number of instalments");
    private final BigDecimalField each = new BigDecimalField("Or instalment amount");
    private final DatePicker first = new DatePicker("Payment date");
    private final ComboBox<String> method = new ComboBox<>("Method");
    private final TextField waiver = new TextField("Fees or interest waived (incentive)");
    private final Div outlook = new Div();

    RecordDialog(Plans plans, Account account, Ladder.Rung offer, Runnable onSaved) {
        this.plans = plans;
        this.account = account;
        this.today = account.today(plans.host().clock());
        setHeaderTitle("Record an arrangement · " + account.externalRef());
        setWidth("min(44rem, 95vw)");
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(Kind::label);
        kind.setId("plan-kind");
        total.setPrefixComponent(new Div(account.balance().currency().getSymbol(Locale.US)));
        total.setHelperText("At most the balance of " + account.balance().format());
        total.setId("plan-total");
        frequency.setLabel("Every");
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(Frequency::label);
        frequency.setValue(Frequency.MONTHLY);
        frequency.setId("plan-frequency");
        count.setMin(1);
        count.setMax(120);
        count.setStepButtonsVisible(true);
        count.setId("plan-count");
        each.setPrefixComponent(new Div(account.balance().currency().getSymbol(Locale.US)));
        each.setHelperText("If given, sets the number of instalments");
        each.setId("plan-each");
        first.setMin(today);
        first.setValue(today.plusDays(7));
        first.setId("plan-first");
        method.setItems("Card by phone", "Bank transfer (ACH)", "Check", "Online portal");
        method.setAllowCustomValue(true);
        method.addCustomValueSetListener(e -> method.setValue(e.getDetail()));
        method.setValue("Bank transfer (ACH)");
        method.setId("plan-method");
        waiver.setMaxLength(500);
        waiver.setPlaceholder("e.g. late fees of $45.00 waived if the plan is kept");
        waiver.setId("plan-waiver");
        outlook.addClassName("settle-hint");
        outlook.setId("plan-outlook");
        kind.setValue(offer.kind());
        total.setValue(offer.total().setScale(2, RoundingMode.HALF_EVEN));
        count.setValue(offer.instalments());
        kind.addValueChangeListener(e -> update());
        total.addValueChangeListener(e -> update());
        frequency.addValueChangeListener(e -> update());
        count.addValueChangeListener(e -> update());
        each.addValueChangeListener(e -> update());
        first.addValueChangeListener(e -> update());

        FormLayout form = new FormLayout(kind, total, first, frequency, count, each, method, waiver);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(kind, 2);
        form.setColspan(waiver, 2);
        add(form, outlook);
        update();

        Button save = new Button("Record", click -> {
            Arrangement saved = Notices.run(() -> plans.record(account.id(), proposal()), "Recorded.");
            if (saved != null) {
                close();
                onSaved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("plan-save");
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, save);
    }

    private Proposal proposal() {
        Kind k = kind.getValue();
        boolean byAmount = k != Kind.PROMISE && each.getValue() != null;
        return new Proposal(k, total.getValue(), frequency.getValue(), k == Kind.PROMISE ? Integer.valueOf(1)
                : byAmount ? null : count.getValue(), byAmount ? each.getValue() : null, first.getValue(),
                method.getValue(), waiver.getValue());
    }

    /** Shows the instalments and the guardrails' verdict for what is filled in now. */
    private void update() {
        boolean single = kind.getValue() == Kind.PROMISE;
        frequency.setVisible(!single);
        count.setVisible(!single);
        each.setVisible(!single);
        count.setEnabled(each.getValue() == null);
        first.setLabel(single ? "Payment date" : "First payment");
        try {
            Review.Outcome outcome = Review.check(proposal(), account.balance().amount(), plans.guardrails(), today);
            List<Schedule.Due> dues = outcome.schedule();
            String currency = account.balance().currency().getCurrencyCode();
            StringBuilder text = new StringBuilder();
            if (dues.size() == 1) {
                text.append(app.settle.api.core.Money.of(dues.getFirst().amount(), currency).format()).append(" on ")
                        .append(Format.date(dues.getFirst().dueOn())).append(". ");
            } else {
                text.append(dues.size()).append(" payments of ")
                        .append(app.settle.api.core.Money.of(dues.getFirst().amount(), currency).format())
                        .append(" from ").append(Format.date(dues.getFirst().dueOn())).append(" to ")
                        .append(Format.date(dues.getLast().dueOn()));
                if (dues.getLast().amount().compareTo(dues.getFirst().amount()) != 0) {
                    text.append(", the last ").append(app.settle.api.core.Money.of(dues.getLast().amount(), currency)
                            .format());
                }
                text.append(". ");
            }
            text.append(outcome.needsApproval() ? "Needs a supervisor's approval: "
                    + String.join("; ", outcome.approvalReasons()) + "." : "Within the guardrails.");
            outlook.setText(text.toString());
            outlook.getElement().setAttribute("data-approval", Boolean.toString(outcome.needsApproval()));
        } catch (PlanRefusedException e) {
            outlook.setText(e.getMessage());
            outlook.getElement().setAttribute("data-approval", "refused");
        }
    }
}
