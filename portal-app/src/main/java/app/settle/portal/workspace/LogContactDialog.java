package app.settle.portal.workspace;

import app.settle.api.compliance.Channel;
import app.settle.api.compliance.ContactPurpose;
import app.settle.api.compliance.ContactRefusedException;
import app.settle.api.core.ContactOutcome;
import app.settle.api.core.ContactRecord;
import app.settle.portal.contacts.ContactLogService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.List;

/**
 * Logs one contact: outcome and notes. Saving asks the server, which checks the compliance guard again and
 * may refuse; the reason then shows in the dialog and nothing is saved. Enter saves, Escape cancels.
 */
final class LogContactDialog extends Dialog {

    private final ComboBox<ContactOutcome> outcome = new ComboBox<>("Outcome");
    private final TextArea notes = new TextArea("Notes");
    private final Paragraph error = new Paragraph();

    LogContactDialog(long accountId, Channel channel, String address, String shownAddress,
                     ContactLogService contacts, Runnable onSaved) {
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
        error.addClassName("settle-error-text");
        error.setVisible(false);

        Button save = new Button("Save", click -> save(accountId, channel, address, contacts, onSaved));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.setId("log-save");
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, save);
        add(new VerticalLayout(outcome, notes, error));
        setWidth("28rem");
        addOpenedChangeListener(opened -> outcome.focus());
    }

    private void save(long accountId, Channel channel, String address, ContactLogService contacts, Runnable onSaved) {
        if (outcome.getValue() == null) {
            showError("Choose an outcome.");
            return;
        }
        try {
            contacts.record(new ContactRecord(accountId, channel, address, ContactPurpose.COLLECTION, false,
                    outcome.getValue(), notes.getValue().isBlank() ? null : notes.getValue().strip()), "host");
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
