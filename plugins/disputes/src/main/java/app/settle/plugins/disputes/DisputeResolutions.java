package app.settle.plugins.disputes;

import app.settle.api.AuditEntry;
import app.settle.api.HostContext;
import app.settle.api.UserRef;
import app.settle.api.core.AdjustmentKind;
import app.settle.api.core.BalanceAdjustment;
import app.settle.api.core.Hold;
import app.settle.api.core.Money;
import app.settle.plugins.disputes.DisputeTables.D;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.function.UnaryOperator;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.UpdateSetMoreStep;

/**
 * The ways a dispute ends. Upheld: the amount comes off the balance through the host's balance adjustments (once:
 * the key is the dispute), directly up to the approval threshold, above it after a supervisor of the account's team
 * other than the requester approves. Rejected: verification sent (date and method), the verification letter can be
 * downloaded, the hold is released and collection resumes. Withdrawn: the hold is released. Each step writes a
 * timeline entry and an audit row in the same transaction as the change; a refusal changes nothing.
 */
final class DisputeResolutions {

    private final HostContext host;
    private final DisputeStore store;

    DisputeResolutions(HostContext host) {
        this.host = host;
        this.store = new DisputeStore(host);
    }

    /** Resolves the dispute, or for an upheld amount above the threshold asks for approval; returns the result. */
    Dispute resolve(long disputeId, Resolution resolution) {
        DisputeRoles.require(host.currentUser(), DisputeRoles.HANDLERS, "resolve disputes");
        refuseIf(DisputeChecks.reasonRefusal(resolution.reason()));
        DisputeSettings settings = DisputeSettings.read(host.settings(), host::dataFolder);
        return host.data().inTransaction(dsl -> {
            Dispute dispute = store.require(dsl, disputeId);
            if (dispute.status().resolved()) {
                throw new DisputeRefusedException("This dispute is already "
                        + dispute.status().label().toLowerCase() + ".");
            }
            if (dispute.status() == DisputeStatus.PENDING_APPROVAL) {
                throw new DisputeRefusedException("This dispute waits for a supervisor's approval: approve or refuse"
                        + " that first.");
            }
            switch (resolution) {
                case Resolution.Upheld upheld -> uphold(dsl, dispute, upheld, settings);
                case Resolution.Rejected rejected -> reject(dsl, dispute, rejected);
                case Resolution.Withdrawn withdrawn -> withdraw(dsl, dispute, withdrawn);
            }
            return store.require(dsl, disputeId);
        });
    }

    /** A supervisor of the account's team, not the requester, approves the upheld resolution waiting for it. */
    Dispute approve(long disputeId) {
        return host.data().inTransaction(dsl -> {
            Dispute dispute = pendingFor(dsl, disputeId);
            Money amount = dispute.adjustmentAmount();
            Money balance = adjust(dispute, AdjustmentKind.valueOf(dispute.outcome()), amount, dispute.resolutionReason());
            String approver = host.currentUser().require().username();
            finish(dsl, dispute, DisputeStatus.UPHELD, update -> update.set(D.APPROVED_BY, approver));
            host.timeline().append(dispute.accountId(), "DISPUTE", "Dispute #" + disputeId + " upheld: "
                            + kindLabel(dispute.outcome()) + " of " + amount.format() + " approved by " + approver,
                    "Requested by " + dispute.requestedBy() + ". " + sentence(dispute.resolutionReason()) + " Balance now "
                            + balance.format() + ".");
            audit("DISPUTE_APPROVED", dispute, DisputeStatus.UPHELD, JsonText.of("approvedBy", approver)
                    .with("amount", amount.amount()).with("balance", balance.amount()));
            return store.require(dsl, disputeId);
        });
    }

    /** The supervisor refuses the request: the dispute goes back to the handlers (INVESTIGATING), still on hold. */
    Dispute refuseApproval(long disputeId, String why) {
        refuseIf(DisputeChecks.reasonRefusal(why));
        return host.data().inTransaction(dsl -> {
            Dispute dispute = pendingFor(dsl, disputeId);
            store.update(dsl, dispute, update -> update.set(D.STATUS, DisputeStatus.INVESTIGATING.name())
                    .set(D.OUTCOME, (String) null).set(D.ADJUSTMENT_AMOUNT, (BigDecimal) null)
                    .set(D.RESOLUTION_REASON, (String) null).set(D.REQUESTED_BY, (String) null)
                    .set(D.REQUESTED_AT, (LocalDateTime) null));
            host.timeline().append(dispute.accountId(), "DISPUTE", "Dispute #" + disputeId + ": "
                    + kindLabel(dispute.outcome()).toLowerCase() + " of " + dispute.adjustmentAmount().format()
                    + " not approved", why.strip());
            audit("DISPUTE_APPROVAL_REFUSED", dispute, DisputeStatus.INVESTIGATING, JsonText.of("why", why.strip()));
            return store.require(dsl, disputeId);
        });
    }

    private void uphold(DSLContext dsl, Dispute dispute, Resolution.Upheld upheld, DisputeSettings settings) {
        if (upheld.kind() == null) {
            throw new DisputeRefusedException("Choose whether the balance is adjusted or written off.");
        }
        BigDecimal amount = upheld.amount();
        if (amount == null || amount.signum() <= 0) {
            throw new DisputeRefusedException("Enter the amount to take off the balance: more than zero.");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new DisputeRefusedException("The amount has at most two decimals (cents).");
        }
        Money money = new Money(amount, dispute.disputedAmount().currency());
        if (money.compareTo(dispute.disputedAmount()) > 0) {
            throw new DisputeRefusedException(money.format() + " is more than the disputed amount of "
                    + dispute.disputedAmount().format() + ".");
        }
        String reason = upheld.reason().strip();
        String user = host.currentUser().require().username();
        if (ApprovalRule.needsApproval(amount, settings.approvalThreshold())) {
            store.update(dsl, dispute, update -> update.set(D.STATUS, DisputeStatus.PENDING_APPROVAL.name())
                    .set(D.OUTCOME, upheld.kind().name()).set(D.ADJUSTMENT_AMOUNT, amount)
                    .set(D.RESOLUTION_REASON, reason).set(D.REQUESTED_BY, user).set(D.REQUESTED_AT, store.now()));
            host.timeline().append(dispute.accountId(), "DISPUTE", "Dispute #" + dispute.id() + " upheld: "
                    + upheld.kind().label().toLowerCase() + " of " + money.format() + " waits for a supervisor's approval",
                    sentence(reason) + " Above the approval threshold of "
                            + new Money(settings.approvalThreshold(), money.currency()).format() + ".");
            audit("DISPUTE_APPROVAL_REQUESTED", dispute, DisputeStatus.PENDING_APPROVAL,
                    JsonText.of("outcome", upheld.kind().name()).with("amount", amount).with("reason", reason));
            return;
        }
        Money balance = adjust(dispute, upheld.kind(), money, reason);
        finish(dsl, dispute, DisputeStatus.UPHELD, update -> update.set(D.OUTCOME, upheld.kind().name())
                .set(D.ADJUSTMENT_AMOUNT, amount).set(D.RESOLUTION_REASON, reason).set(D.REQUESTED_BY, user)
                .set(D.REQUESTED_AT, store.now()));
        host.timeline().append(dispute.accountId(), "DISPUTE", "Dispute #" + dispute.id() + " upheld: "
                + upheld.kind().label().toLowerCase() + " of " + money.format(), sentence(reason) + " Balance now "
                + balance.format() + ".");
        audit("DISPUTE_UPHELD", dispute, DisputeStatus.UPHELD, JsonText.of("outcome", upheld.kind().name())
                .with("amount", amount).with("balance", balance.amount()).with("reason", reason));
    }

    private void reject(DSLContext dsl, Dispute dispute, Resolution.Rejected rejected) {
        if (rejected.sentOn() == null || rejected.method() == null) {
            throw new DisputeRefusedException("Record when and how verification was sent: rejecting a dispute needs both.");
        }
        if (rejected.sentOn().isAfter(store.today())) {
            throw new DisputeRefusedException("The verification date " + DisputeFormat.date(rejected.sentOn())
                    + " is in the future: record it once it is sent.");
        }
        if (rejected.sentOn().isBefore(dispute.receivedOn())) {
            throw new DisputeRefusedException("Verification cannot have been sent before the dispute was received ("
                    + DisputeFormat.date(dispute.receivedOn()) + ").");
        }
        String reason = rejected.reason().strip();
        finish(dsl, dispute, DisputeStatus.REJECTED, update -> update.set(D.RESOLUTION_REASON, reason)
                .set(D.VERIFICATION_SENT_ON, rejected.sentOn()).set(D.VERIFICATION_METHOD, rejected.method().name()));
        host.timeline().append(dispute.accountId(), "DISPUTE", "Dispute #" + dispute.id()
                        + " rejected: verification sent by " + rejected.method().label().toLowerCase() + " on "
                        + DisputeFormat.date(rejected.sentOn()),
                sentence(reason) + " Verification letter generated; collection may resume.");
        audit("DISPUTE_REJECTED", dispute, DisputeStatus.REJECTED, JsonText.of("verificationSentOn", rejected.sentOn())
                .with("method", rejected.method().name()).with("reason", reason));
    }

    private void withdraw(DSLContext dsl, Dispute dispute, Resolution.Withdrawn withdrawn) {
        String reason = withdrawn.reason().strip();
        finish(dsl, dispute, DisputeStatus.WITHDRAWN, update -> update.set(D.RESOLUTION_REASON, reason));
        host.timeline().append(dispute.accountId(), "DISPUTE", "Dispute #" + dispute.id() + " withdrawn", sentence(reason));
        audit("DISPUTE_WITHDRAWN", dispute, DisputeStatus.WITHDRAWN, JsonText.of("reason", reason));
    }

    private Dispute pendingFor(DSLContext dsl, long disputeId) {
        UserRef user = host.currentUser().require();
        Dispute dispute = store.require(dsl, disputeId);
        if (dispute.status() != DisputeStatus.PENDING_APPROVAL) {
            throw new DisputeRefusedException("This dispute does not wait for an approval (it is "
                    + dispute.status().label().toLowerCase() + ").");
        }
        refuseIf(ApprovalRule.refusal(user, dispute.requestedBy(), dispute.teamId()));
        return dispute;
    }

    private Money adjust(Dispute dispute, AdjustmentKind kind, Money amount, String reason) {
        return host.balanceAdjustments().adjust(new BalanceAdjustment(dispute.accountId(), amount, kind,
                "Dispute #" + dispute.id() + " upheld (" + dispute.reason().label() + "): " + abbreviate(reason),
                "disputes-" + dispute.id()));
    }

    /** Marks the dispute resolved (with the given extra columns) and releases its hold if it still stands. */
    private void finish(DSLContext dsl, Dispute dispute, DisputeStatus status,
                        UnaryOperator<UpdateSetMoreStep<Record>> more) {
        String user = host.currentUser().require().username();
        store.update(dsl, dispute, update -> more.apply(update.set(D.STATUS, status.name())
                .set(D.RESOLVED_BY, user).set(D.RESOLVED_AT, store.now())));
        if (dispute.holdId() != null && host.holds().active(dispute.accountId()).stream()
                .map(Hold::id).anyMatch(dispute.holdId()::equals)) {
            host.holds().release(dispute.holdId(), "Dispute #" + dispute.id() + " " + status.label().toLowerCase());
        }
    }

    private void audit(String action, Dispute before, DisputeStatus status, JsonText after) {
        host.audit().record(new AuditEntry(action, "disputes_dispute", Long.toString(before.id()),
                JsonText.of("status", before.status().name()).with("holdId", before.holdId()).toString(),
                after.with("status", status.name()).toString()));
    }

    /** The text as a sentence: ends with a full stop unless it already ends with punctuation. */
    static String sentence(String text) {
        return text.matches("(?s).*[.!?]$") ? text : text + ".";
    }

    private static String kindLabel(String outcome) {
        return AdjustmentKind.valueOf(outcome).label();
    }

    private static String abbreviate(String text) {
        return text.length() <= 400 ? text : text.substring(0, 399) + "…";
    }

    private static void refuseIf(String refusal) {
        if (refusal != null) {
            throw new DisputeRefusedException(refusal);
        }
    }
}
