package app.settle.plugins.disputes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The form a collector fills in to open a dispute from an account. While it is filled in it shows what will
 * happen (validation window, due date, hold); the server checks everything again when it is sent, and a refusal
 * keeps the dialog open with the reason.
 */
final class OpenDisputeDialog extends Dialog {

    private final DisputeService disputes;
    private final AccountFacts account;
    private final DisputeSettings settings;
    private final ComboBox<DisputeReason> reason = new ComboBox<>("Reason");
    private final RadioButtonGroup<Boolean> scope = new RadioButtonGroup<>("What is disputed");
    private final BigDecimalField amount = new BigDecimalField("Disputed amount");
    private final RadioButtonGroup<ReceivedVia> via = new RadioButtonGroup<>("Received");
    private final DatePicker receivedOn = new DatePicker("Received on");
    private final TextArea statement = new TextArea("Debtor's statement");
    private final Div outlook = new Div();

    OpenDisputeDialog(DisputeService disputes, AccountFacts account, LocalDate today, Consumer<Dispute> onOpened) {
        this.disputes = disputes;
        this.account = account;
        this.settings = disputes.settings();
        setHeaderTitle("Open a dispute · " + account.externalRef());
        setWidth("min(40rem, 95vw)");
        reason.setItems(DisputeReason.values());
        reason.setItemLabelGenerator(DisputeReason::label);
        reason.setPlaceholder("Why the debtor disputes");
        reason.setRequired(true);
        reason.setId("dispute-reason");
        scope.setItems(Boolean.TRUE, Boolean.FALSE);
        scope.setItemLabelGenerator(whole -> whole ? "Whole debt (" + account.balance().format() + ")"
                : "Part of the debt");
        scope.setValue(Boolean.TRUE);
        scope.setId("dispute-scope");
        amount.setPrefixComponent(new Div(account.balance().currency().getSymbol(Locale.US)));
        amount.setVisible(false);
        amount.setId("dispute-amount");
        amount.setHelperText("At most the balance of " + account.balance().format());
        via.setItems(ReceivedVia.values());
        via.setItemLabelGenerator(ReceivedVia::label);
        via.setValue(ReceivedVia.WRITTEN);
        via.setId("dispute-via");
        receivedOn.setValue(today);
        receivedOn.setMax(today);
        receivedOn.setRequired(true);
        receivedOn.setId("dispute-received-on");
        statement.setMaxLength(DisputeChecks.STATEMENT_LIMIT);
        statement.setPlaceholder("What the debtor says, in their words");
        statement.setId("dispute-statement");
        outlook.addClassName("settle-hint");
        outlook.setId("dispute-outlook");
        scope.addValueChangeListener(change -> {
            amount.setVisible(Boolean.FALSE.equals(change.getValue()));
            updateOutlook();
        });
        via.addValueChangeListener(change -> updateOutlook());
        receivedOn.addValueChangeListener(change -> updateOutlook());

        FormLayout form = new FormLayout(reason, scope, amount, via, receivedOn, statement);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(statement, 2);
        form.setColspan(scope, 2);
        add(form, outlook);
        updateOutlook();

        Button open = new Button("Open dispute", click -> {
            Dispute opened = Notices.attempt(() -> disputes.open(input()), "Dispute opened.");
            if (opened != null) {
                close();
                onOpened.accept(opened);
            }
        });
        open.addThemeVariants(ButtonVariant.PRIMARY);
        open.setId("dispute-open-submit");
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, open);
    }

    private NewDispute input() {
        return new NewDispute(account.id(), reason.getValue(), !Boolean.FALSE.equals(scope.getValue()),
                amount.getValue(), via.getValue(), receivedOn.getValue(), statement.getValue());
    }

    /** What opening the dispute as filled in now would do: window, due date and hold. */
    private void updateOutlook() {
        LocalDate received = receivedOn.getValue();
        if (received == null || via.getValue() == null) {
            outlook.setText("Enter how and when the dispute was received to see its due date and whether"
                    + " collection is held.");
            return;
        }
        DisputeWindow window = DisputeWindow.of(received, account.validationNoticeDate(), settings.validationDays(),
                settings.responseSlaDays());
        HoldPolicy.Decision hold = HoldPolicy.decide(via.getValue(), window.withinWindow(), settings.holdOtherDisputes());
        String notice = account.validationNoticeDate() == null
                ? "No validation notice is recorded for this account, so the dispute counts as inside the"
                        + " validation window."
                : "Validation notice " + DisputeFormat.date(account.validationNoticeDate()) + "; the window "
                        + (window.withinWindow() ? "runs" : "ran") + " until "
                        + DisputeFormat.date(window.windowEndsOn()) + ".";
        outlook.setText(notice + " Response due " + DisputeFormat.date(window.dueOn()) + ". " + hold.explanation());
    }
}
