package app.settle.portal.workspace;

import app.settle.portal.accounts.AccountDetails;
import app.settle.portal.debtors.DebtorFlags;
import app.settle.portal.debtors.DebtorFlagsService;
import app.settle.portal.shell.Feedback;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;

/** The debtor's flags, saved against the version the user saw (a concurrent change is reported, not lost). */
final class FlagsEditor {

    private final DebtorFlagsService service;

    FlagsEditor(DebtorFlagsService service) {
        this.service = service;
    }

    Component build(AccountDetails account, boolean editable, Runnable onSaved) {
        AccountDetails.Debtor debtor = account.debtor();
        Checkbox cease = new Checkbox("Asked us to stop communicating", debtor.ceaseCommunication());
        Checkbox attorney = new Checkbox("Represented by an attorney", debtor.attorneyRepresented());
        TextField attorneyName = new TextField("Attorney");
        attorneyName.setValue(debtor.attorneyName() == null ? "" : debtor.attorneyName());
        attorneyName.setMaxLength(200);
        attorneyName.setVisible(debtor.attorneyRepresented());
        attorney.addValueChangeListener(change -> attorneyName.setVisible(change.getValue()));
        Checkbox bankruptcy = new Checkbox("In bankruptcy", debtor.bankruptcy());
        Checkbox deceased = new Checkbox("Deceased", debtor.deceased());
        Button save = new Button("Save flags", click -> {
            if (Feedback.attempt(() -> service.update(account.id(), debtor.version(), new DebtorFlags(cease.getValue(),
                    attorney.getValue(), attorneyName.getValue(), bankruptcy.getValue(), deceased.getValue())),
                    "Debtor flags saved.")) {
                onSaved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.SMALL);
        save.setId("save-flags");
        Div box = new Div(cease, attorney, attorneyName, bankruptcy, deceased);
        box.addClassName("settle-flags");
        for (Component field : new Component[]{cease, attorney, attorneyName, bankruptcy, deceased}) {
            field.getElement().setEnabled(editable);
        }
        if (editable) {
            box.add(save);
        }
        return box;
    }
}
