package app.settle.portal.workspace;

import app.settle.api.compliance.Channel;
import app.settle.api.compliance.ContactPurpose;
import app.settle.api.compliance.ContactRefusedException;
import app.settle.api.core.ContactOutcome;
import app.settle.api.core.ContactRecord;
import app.settle.portal.contacts.ContactLogService;
import app.settle.portal.shell.DisplayTime;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Logs one contact: outcome, notes and, optionally, when to call back (worklists bring the account back then).
 * Saving asks the server, which checks the compliance guard again and may refuse; the reason then shows in the
 * dialog and nothing is saved. Keyboard: the outcome has the focus when the dialog opens (type to pick one), Tab
 * moves on, Ctrl+Enter saves from any field (Enter stays a new line in the notes), Escape cancels.
 */
final class LogContactDialog extends Dialog {

    private final ComboBox<ContactOutcome> outcome = new ComboBox<>("Outcome");
    private final TextArea notes = new TextArea("Notes");
    private final DateTimePicker callback = new DateTimePicker("Call back");
    private final Paragraph error = new Paragraph();
    private final DisplayTime display;

    LogContactDialog(long accountId, Channel channel, String address, String shownAddress,
                     ContactLogService contacts, DisplayTime display, Runnable onSaved) {
        this.display = display;
        setHeaderTitle("Log " + channel.label().toLowerCase() + (shownAddress == null ? "" : " · " + shownAddress));
        List<ContactOutcome> outcomes = channel == Channel.CALL
                ? Arrays.stream(ContactOutcome.values()).filter(o -> o != ContactOutcome.SENT).toList()
                : List.of(ContactOutcome.SENT);
        outcome.setItems(outcomes);
        outcome.setItemLabelGenerator(ContactOutcome::label);
        outcome.setRequired(true);
        outcome.setWidthFull();
        outcome.setId("log-outcome");
        if (outcomes.size() == 1) {
            outcome.setValue(outcomes.getFirst());
        }
        notes.setMaxLength(2000);
        notes.setWidthFull();
        notes.setId("log-notes");
        callback.setId("log-callback");
        callback.setWidthFull();
        callback.setStep(Duration.ofMinutes(15));
        callback.setHelperText("Optional; times in " + display.zone().getId()
                + ". The account comes back on the worklist then.");
        callback.setVisible(channel == Channel.CALL);
        outcome.addValueChangeListener(change -> callback.setRequiredIndicatorVisible(
                change.getValue() == ContactOutcome.CALLBACK_REQUESTED));
        error.addClassName("settle-error-text");
        error.setVisible(false);

        Button save = new Button("Save", click -> save(accountId, channel, address, contacts, onSaved));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        // the notes' value reaches the server before the click (resetFocusOnActiveElement blurs the field)
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this).resetFocusOnActiveElement();
        save.getElement().setAttribute("title", "Save (Ctrl+Enter)");
        save.setId("log-save");
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, save);
        add(new VerticalLayout(outcome, notes, callback, error));
        setWidth("28rem");
        addOpenedChangeListener(opened -> outcome.focus());
    }

    private void save(long accountId, Channel channel, String address, ContactLogService contacts, Runnable onSaved) {
        if (outcome.getValue() == null) {
            showError("Choose an outcome.");
            return;
        }
        if (outcome.getValue() == ContactOutcome.CALLBACK_REQUESTED && callback.getValue() == null) {
            showError("Choose when to call back.");
            return;
        }
        Instant callbackAt = callback.getValue() == null ? null : callback.getValue().atZone(display.zone()).toInstant();
        try {
            contacts.record(new ContactRecord(accountId, channel, address, ContactPurpose.COLLECTION, false,
                    outcome.getValue(), notes.getValue().isBlank() ? null : notes.getValue().strip(), callbackAt),
                    "host");
            close();
            onSaved.run();
        } catch (ContactRefusedException refused) {
            showError("Not saved: the compliance guard refuses this contact now. " + refused.decision().explanation());
        } catch (IllegalArgumentException | SecurityException invalid) {
            showError("Not saved: " + invalid.getMessage());
        }
    }

    private void showError(String text) {
        error.setText(text);
        error.setVisible(true);
    }
}
