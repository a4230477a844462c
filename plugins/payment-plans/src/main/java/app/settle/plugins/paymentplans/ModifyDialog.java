package app.settle.plugins.paymentplans;

import app.settle.api.core.Money;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Modifies an arrangement: each instalment with nothing paid on it yet, with its date and amount to edit. A line
 * under them adds the amounts up as the collector types and says what is wrong (short of what is left, a date in
 * the past, more than the balance); the reason is required. The server checks everything again on saving
 * ({@link Plans#modify}); a refusal keeps the dialog open with the reason. Keyboard: the first date has the focus,
 * Tab walks date, amount, next row, reason and the buttons, Escape closes.
 */
final class ModifyDialog extends Dialog {

    private final Arrangement arrangement;
    private final Money balance;
    private final LocalDate today;
    private final String currency;
    private final Map<Integer, DatePicker> dates = new LinkedHashMap<>();
    private final Map<Integer, BigDecimalField> amounts = new LinkedHashMap<>();
    private final Div total = new Div();

    ModifyDialog(Plans plans, Arrangement a, Account account, Runnable onSaved) {
        this.arrangement = a;
        this.balance = account.balance();
        this.today = account.today(plans.host().clock());
        this.currency = a.total().currency().getCurrencyCode();
        setHeaderTitle("Modify " + a.kind().label().toLowerCase() + " · " + account.externalRef());
        setWidth("min(40rem, 95vw)");
        List<Arrangement.Instalment> open = Modification.changeable(a);
        int fixed = a.instalments().size() - open.size();
        add(Cards.muted("Move a date or change an amount. Together the " + open.size() + " unpaid instalment"
                + (open.size() == 1 ? "" : "s") + " must still come to " + Money.of(Modification.remaining(a),
                currency).format() + (fixed == 0 ? "" : fixed == 1
                ? " (1 paid or partly paid instalment stays as it is)"
                : " (" + fixed + " paid or partly paid instalments stay as they are)")
                + ", at most " + balance.format() + " each."));
        Div rows = new Div();
        rows.addClassName("plan-modify-rows");
        rows.getStyle().set("max-height", "22rem").set("overflow", "auto");
        for (Arrangement.Instalment i : open) {
            rows.add(row(i));
        }
        add(rows);
        total.setId("plan-modify-total");
        total.addClassName("settle-hint");
        total.getElement().setAttribute("aria-live", "polite");
        add(total);
        TextField reason = new TextField("Reason for the change");
        reason.setRequired(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setPlaceholder("e.g. payday moved to the 15th");
        reason.setId("plan-modify-reason");
        add(reason);
        update();

        Button save = new Button("Save changes", click -> {
            Boolean done = Notices.run(() -> {
                plans.modify(a.id(), changes(), reason.getValue());
                return Boolean.TRUE;
            }, a.kind().label() + " changed.");
            if (done != null) {
                close();
                onSaved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("plan-modify-save");
        getFooter().add(new Button("Cancel", click -> close()), save);
        if (!open.isEmpty()) {
            dates.values().iterator().next().focus();
        }
    }

    private HorizontalLayout row(Arrangement.Instalment i) {
        DatePicker date = new DatePicker("Instalment " + i.seq() + " due");
        date.setValue(i.dueOn());
        date.setMin(i.dueOn().isBefore(today) ? i.dueOn() : today);
        date.setId("plan-modify-date-" + i.seq());
        date.addValueChangeListener(e -> update());
        BigDecimalField amount = new BigDecimalField("Instalment " + i.seq() + " amount");
        amount.setValue(i.amount().setScale(2, RoundingMode.HALF_EVEN));
        amount.setPrefixComponent(new Span(balance.currency().getSymbol(Locale.US)));
        amount.addThemeName("align-right");
        amount.setValueChangeMode(ValueChangeMode.EAGER);
        amount.setId("plan-modify-amount-" + i.seq());
        amount.addValueChangeListener(e -> update());
        dates.put(i.seq(), date);
        amounts.put(i.seq(), amount);
        HorizontalLayout row = new HorizontalLayout(date, amount);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.addClassName("plan-modify-row");
        return row;
    }

    /** The new date and amount of every instalment in the dialog. */
    private Map<Integer, Schedule.Due> changes() {
        Map<Integer, Schedule.Due> changes = new LinkedHashMap<>();
        dates.forEach((seq, date) -> changes.put(seq, new Schedule.Due(seq, date.getValue(),
                amounts.get(seq).getValue())));
        return changes;
    }

    /** The running total, and whether the schedule as it stands would be accepted. */
    private void update() {
        BigDecimal sum = amounts.values().stream().map(BigDecimalField::getValue)
                .map(v -> v == null ? BigDecimal.ZERO : v).reduce(BigDecimal.ZERO, BigDecimal::add);
        String running = "Total " + Money.of(sum, currency).format() + " of " + Money.of(
                Modification.remaining(arrangement), currency).format() + ". ";
        try {
            Modification.check(arrangement, changes(), balance, today);
            total.setText(running + "Adds up.");
            total.getElement().setAttribute("data-valid", "true");
        } catch (PlanRefusedException e) {
            total.setText(running + e.getMessage());
            total.getElement().setAttribute("data-valid", "false");
        }
    }
}
