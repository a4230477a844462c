package app.settle.portal.payments;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;

/** Rejects a suspense payment for good, with the reason the user gives (stored and audited). */
class RejectPaymentDialog extends Dialog {

    RejectPaymentDialog(SuspenseItem item, SuspenseQueue queue, Runnable onRejected) {
        setHeaderTitle("Reject payment " + item.externalRef() + " (" + item.amount().format() + ")");
        TextArea reason = new TextArea("Reason");
        reason.setMaxLength(250);
        reason.setWidth("28rem");
        reason.setHelperText("E.g. \"not one of our debtors: returned to the payer\"");
        Button confirm = new Button("Reject payment", click -> {
            try {
                queue.reject(item.id(), reason.getValue());
                close();
                Notification.show("Payment " + item.externalRef() + " rejected.", 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
                onRejected.run();
            } catch (PaymentRefusedException e) {
                reason.setInvalid(true);
                reason.setErrorMessage(e.getMessage());
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
        add(reason);
    }
}
