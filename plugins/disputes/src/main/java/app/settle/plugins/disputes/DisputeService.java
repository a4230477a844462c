package app.settle.plugins.disputes;

import app.settle.api.AuditEntry;
import app.settle.api.HostContext;
import app.settle.api.core.HoldReason;
import app.settle.api.core.Money;
import app.settle.plugins.disputes.DisputeTables.D;
import app.settle.plugins.disputes.DisputeTables.N;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Opening disputes and working them (assignment, notes). Every change runs in one transaction with its hold,
 * timeline entry and audit row, and checks role and team scope on the server whatever the screen allowed.
 */
final class DisputeService {

    static final int NOTE_LIMIT = 2000;

    private final HostContext host;
    private final DisputeStore store;

    DisputeService(HostContext host) {
        this.host = host;
        this.store = new DisputeStore(host);
    }

    DisputeSettings settings() {
        return DisputeSettings.read(host.settings(), host::dataFolder);
    }

    /**
     * Opens a dispute: checks the input against the locked account and its unresolved disputes, computes the
     * validation window and due date, stores the dispute and, when {@link HoldPolicy} says so, places a DISPUTE
     * hold through the host (which the compliance guard and the worklist honour).
     */
    Dispute open(NewDispute input) {
        DisputeRoles.require(host.currentUser(), DisputeRoles.WORKERS, "open disputes");
        DisputeSettings settings = settings();
        return host.data().inTransaction(dsl -> {
            AccountFacts account = AccountFacts.require(dsl, host.accounts(), input.accountId(), true);
            LocalDate today = store.today();
            String refusal = DisputeChecks.refusal(input, account, today, store.unresolvedOf(dsl, account.id()));
            if (refusal != null) {
                throw new DisputeRefusedException(refusal);
            }
            Money amount = DisputeChecks.disputedAmount(input, account);
            DisputeWindow window = DisputeWindow.of(input.receivedOn(), account.validationNoticeDate(),
                    settings.validationDays(), settings.responseSlaDays());
            HoldPolicy.Decision hold = HoldPolicy.decide(input.receivedVia(), window.withinWindow(),
                    settings.holdOtherDisputes());
            String user = host.currentUser().require().username();
            String statement = input.statement() == null || input.statement().isBlank() ? null : input.statement().strip();
            long id = dsl.insertInto(D.TABLE)
                    .set(D.ACCOUNT_ID, account.id())
                    .set(D.REASON, input.reason().name())
                    .set(D.WHOLE_DEBT, input.wholeDebt())
                    .set(D.DISPUTED_AMOUNT, amount.amount())
                    .set(D.CURRENCY, amount.currency().getCurrencyCode())
                    .set(D.RECEIVED_VIA, input.receivedVia().name())
                    .set(D.RECEIVED_ON, input.receivedOn())
                    .set(D.STATEMENT, statement)
                    .set(D.WINDOW_ENDS_ON, window.windowEndsOn())
                    .set(D.WITHIN_WINDOW, window.withinWindow())
                    .set(D.DUE_ON, window.dueOn())
                    .set(D.STATUS, DisputeStatus.OPEN.name())
                    .set(D.OPENED_BY, user)
                    .set(D.OPENED_AT, store.now())
                    .returning(D.ID)
                    .fetchOne(D.ID);
            String what = input.reason().label() + ", " + (input.wholeDebt() ? "whole debt " : "") + amount.format();
            host.timeline().append(account.id(), "DISPUTE", "Dispute opened: " + what,
                    input.receivedVia().label() + " dispute received " + DisputeFormat.date(input.receivedOn())
                            + "; response due " + DisputeFormat.date(window.dueOn()) + ". " + hold.explanation());
            if (hold.hold()) {
                long holdId = host.holds().place(account.id(), HoldReason.DISPUTE,
                        "Dispute #" + id + " (" + what + "): " + hold.explanation());
                dsl.update(D.TABLE).set(D.HOLD_ID, holdId).where(D.ID.eq(id)).execute();
            }
            host.audit().record(new AuditEntry("DISPUTE_OPENED", "disputes_dispute", Long.toString(id), null,
                    JsonText.of("account", account.id()).with("reason", input.reason().name())
                            .with("amount", amount.amount()).with("wholeDebt", input.wholeDebt())
                            .with("receivedVia", input.receivedVia().name()).with("receivedOn", input.receivedOn())
                            .with("withinWindow", window.withinWindow()).with("dueOn", window.dueOn())
                            .with("hold", hold.hold()).toString()));
            return store.require(dsl, id);
        });
    }

    /** Takes the dispute into the current handler's hands (OPEN becomes INVESTIGATING), or gives it back. */
    Dispute assignToMe(long disputeId, boolean take) {
        DisputeRoles.require(host.currentUser(), DisputeRoles.HANDLERS, "assign disputes");
        String user = host.currentUser().require().username();
        return host.data().inTransaction(dsl -> {
            Dispute dispute = store.require(dsl, disputeId);
            if (dispute.status().resolved()) {
                throw new DisputeRefusedException("This dispute is resolved: there is nothing left to assign.");
            }
            String assignee = take ? user : null;
            DisputeStatus status = take && dispute.status() == DisputeStatus.OPEN ? DisputeStatus.INVESTIGATING
                    : dispute.status();
            store.update(dsl, dispute, update -> update.set(D.ASSIGNED_TO, assignee).set(D.STATUS, status.name()));
            host.timeline().append(dispute.accountId(), "DISPUTE", take ? "Dispute #" + disputeId + " assigned to " + user
                    : "Dispute #" + disputeId + " unassigned", "Status: " + status.label().toLowerCase() + ".");
            host.audit().record(new AuditEntry("DISPUTE_ASSIGNED", "disputes_dispute", Long.toString(disputeId),
                    JsonText.of("assignedTo", dispute.assignedTo()).with("status", dispute.status().name()).toString(),
                    JsonText.of("assignedTo", assignee).with("status", status.name()).toString()));
            return store.require(dsl, disputeId);
        });
    }

    void addNote(long disputeId, String body) {
        DisputeRoles.require(host.currentUser(), DisputeRoles.WORKERS, "add notes to disputes");
        if (body == null || body.isBlank()) {
            throw new DisputeRefusedException("Write the note first.");
        }
        if (body.length() > NOTE_LIMIT) {
            throw new DisputeRefusedException("A note is at most " + String.format("%,d", NOTE_LIMIT) + " characters.");
        }
        host.data().inTransaction(dsl -> {
            Dispute dispute = store.require(dsl, disputeId);
            long id = dsl.insertInto(N.TABLE)
                    .set(N.DISPUTE_ID, dispute.id())
                    .set(N.BODY, body.strip())
                    .set(N.CREATED_BY, host.currentUser().require().username())
                    .set(N.CREATED_AT, store.now())
                    .returning(N.ID).fetchOne(N.ID);
            host.audit().record(new AuditEntry("DISPUTE_NOTE_ADDED", "disputes_note", Long.toString(id), null,
                    JsonText.of("dispute", dispute.id()).with("body", body.strip()).toString()));
        });
    }

    /** A note on a dispute, oldest first in the details. */
    record Note(String body, String author, Instant at) {
    }

    List<Note> notes(long disputeId) {
        var dsl = host.data().dsl();
        store.require(dsl, disputeId);
        return dsl.select(N.BODY, N.CREATED_BY, N.CREATED_AT).from(N.TABLE).where(N.DISPUTE_ID.eq(disputeId))
                .orderBy(N.ID).fetch(r -> new Note(r.value1(), r.value2(), r.value3().toInstant(ZoneOffset.UTC)));
    }
}
