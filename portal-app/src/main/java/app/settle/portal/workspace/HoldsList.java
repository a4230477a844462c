package app.settle.portal.workspace;

import app.settle.portal.shell.Feedback;
import app.settle.api.core.Hold;
import app.settle.api.core.HoldReason;
import app.settle.portal.holds.HoldService;
import app.settle.portal.shell.DisplayTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** Active holds with what they block; supervisors and administrators place and release them. */
final class HoldsList {

    private final HoldService holds;
    private final DisplayTime display;

    HoldsList(HoldService holds, DisplayTime display) {
        this.holds = holds;
        this.display = display;
    }

    Component build(long accountId, List<Hold> active, boolean manage, Runnable onChanged) {
        Div box = new Div();
        box.addClassName("settle-holds");
        if (active.isEmpty()) {
            box.add(Cards.muted("No holds: collection and contact may proceed within the rules."));
        }
        for (Hold hold : active) {
            Div row = new Div();
            row.addClassName("settle-hold-row");
            row.add(Cards.badge(hold.reason().label(), "error"));
            row.add(new Div((hold.blocksContact() ? "Blocks contact and collection" : "Blocks collection")
                    + " · since " + display.dateTime(hold.placedAt()) + " · by " + hold.placedBy()
                    + (hold.note() == null || hold.note().isBlank() ? "" : " · " + hold.note())));
            if (manage) {
                Button release = new Button("Release", click -> {
                    act(() -> holds.release(hold.id(), null, "host"), "Hold released.");
                    onChanged.run();
                });
                release.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                row.add(release);
            }
            box.add(row);
        }
        if (manage) {
            Button place = new Button("Place hold", click -> placeDialog(accountId, onChanged).open());
            place.addThemeVariants(ButtonVariant.SMALL);
            box.add(place);
        }
        return box;
    }

    private Dialog placeDialog(long accountId, Runnable onChanged) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Place a hold");
        ComboBox<HoldReason> reason = new ComboBox<>("Reason", HoldReason.values());
        reason.setItemLabelGenerator(HoldReason::label);
        reason.setValue(HoldReason.MANUAL);
        TextField note = new TextField("Note");
        note.setMaxLength(500);
        note.setWidthFull();
        Button save = new Button("Place hold", click -> {
            if (reason.getValue() == null) {
                reason.setInvalid(true);
                reason.setErrorMessage("Choose a reason");
                return;
            }
            act(() -> holds.place(accountId, reason.getValue(), note.getValue(), "host"), "Hold placed.");
            dialog.close();
            onChanged.run();
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new VerticalLayout(reason, note));
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        return dialog;
    }

    private static void act(Runnable action, String success) {
        Feedback.attempt(action, success);
    }
}
