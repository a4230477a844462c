package app.settle.portal.workspace;

import app.settle.api.compliance.Channel;
import app.settle.api.compliance.ComplianceGuard;
import app.settle.api.compliance.ContactDecision;
import app.settle.api.compliance.ContactPurpose;
import app.settle.api.compliance.ContactRequest;
import app.settle.portal.accounts.AccountDetails;
import app.settle.portal.contacts.ContactLogService;
import app.settle.portal.shell.DisplayTime;
import app.settle.portal.shell.PhoneNumbers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The debtor's phones and emails, each with its local time and a contact action that is enabled only when the
 * compliance guard allows it now; a disabled action says why and from when it is allowed.
 */
final class ContactActions {

    private final ComplianceGuard guard;
    private final ContactLogService contacts;
    private final DisplayTime display;
    private final Clock clock;
    /** Alt+L logs a call to the first number the guard allows now, so a collector needs no mouse. */
    private boolean firstCallShortcut;

    ContactActions(ComplianceGuard guard, ContactLogService contacts, DisplayTime display, Clock clock) {
        this.guard = guard;
        this.contacts = contacts;
        this.display = display;
        this.clock = clock;
    }

    Component build(AccountDetails account, Runnable onLogged) {
        Div list = new Div();
        list.addClassName("settle-contact-list");
        Instant now = clock.instant();
        firstCallShortcut = false;
        for (AccountDetails.ContactPoint point : account.contactPoints()) {
            list.add(row(account, point, now, onLogged));
        }
        if (account.contactPoints().isEmpty()) {
            list.add(Cards.muted("No phone, email or address on file."));
        }
        return list;
    }

    private Component row(AccountDetails account, AccountDetails.ContactPoint point, Instant now, Runnable onLogged) {
        Div row = new Div();
        row.addClassName("settle-contact-row");
        String shown = "PHONE".equals(point.kind()) ? PhoneNumbers.format(point.value()) : point.value();
        Span what = new Span(shown + (point.label() == null ? "" : " · " + point.label()));
        what.addClassName("settle-contact-value");
        row.add(what);
        String zone = point.timeZone() != null ? point.timeZone() : account.debtor().timeZone();
        row.add(Cards.muted(zone == null ? "time zone unknown"
                : DisplayTime.timeIn(now, ZoneId.of(zone)) + " local (" + zone + ")"));
        if (point.optedOut()) {
            row.add(Cards.badge("Opted out", "error"));
        }
        Channel channel = switch (point.kind()) {
            case "PHONE" -> Channel.CALL;
            case "EMAIL" -> Channel.EMAIL;
            default -> Channel.LETTER;
        };
        String address = channel == Channel.LETTER ? null : point.value();
        ContactDecision decision = guard.check(new ContactRequest(account.id(), channel, address,
                ContactPurpose.COLLECTION, now));
        Button action = new Button("Log " + channel.label().toLowerCase(),
                channel == Channel.CALL ? VaadinIcon.PHONE.create() : VaadinIcon.ENVELOPE.create(),
                click -> new LogContactDialog(account.id(), channel, address, shown, contacts, display, onLogged).open());
        action.addThemeVariants(ButtonVariant.SMALL, decision.allowed() ? ButtonVariant.PRIMARY : ButtonVariant.TERTIARY);
        action.setEnabled(decision.allowed());
        action.addClassName("settle-contact-action");
        if (decision.allowed() && channel == Channel.CALL && !firstCallShortcut) {
            firstCallShortcut = true;
            action.addClickShortcut(Key.KEY_L, KeyModifier.ALT);
            action.getElement().setAttribute("title", "Log a call to this number (Alt+L)");
        }
        row.add(action);
        if (!decision.allowed()) {
            Div reasons = new Div();
            reasons.addClassName("settle-guard-reasons");
            decision.denials().forEach(denial -> reasons.add(new Div(denial.message() + " (" + denial.citation() + ")")));
            decision.allowedFrom().ifPresent(from -> reasons.add(new Div("Allowed from " + display.dateTime(from)
                    + " (" + display.zone().getId() + ").")));
            row.add(reasons);
        }
        return row;
    }
}
