package app.settle.plugins.paymentplans;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.plugins.paymentplans.db.Tables.PAYMENT_PLANS_ARRANGEMENT;
import static app.settle.plugins.paymentplans.db.Tables.PAYMENT_PLANS_INSTALMENT;

import app.settle.api.AuditEntry;
import app.settle.api.HostContext;
import app.settle.api.core.AccountEvent;
import app.settle.api.core.Hold;
import app.settle.api.core.Money;
import app.settle.plugins.paymentplans.db.tables.PaymentPlansArrangement;
import app.settle.plugins.paymentplans.db.tables.PaymentPlansInstalment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * What users do with arrangements: record one (refused with a message if the input is bad, waiting for a
 * supervisor if it is outside the guardrails), approve or reject it, move instalments, cancel it. Each action
 * checks the role and the team scope on the server, runs in one transaction with the account row locked, and
 * writes an audit row and a timeline entry.
 */
final class Plans {

    private static final PaymentPlansArrangement A = PAYMENT_PLANS_ARRANGEMENT;
    private static final PaymentPlansInstalment I = PAYMENT_PLANS_INSTALMENT;

    private final HostContext host;

    Plans(HostContext host) {
        this.host = host;
    }

    HostContext host() {
        return host;
    }

    Guardrails guardrails() {
        return Guardrails.from(host.settings());
    }

    /** Arrangements of accounts the current user may see. */
    Condition visible() {
        return A.ACCOUNT_ID.in(DSL.select(ACCOUNT.ID).from(ACCOUNT).where(host.accounts().visibleToCurrentUser()));
    }

    List<Arrangement> forAccount(long accountId) {
        host.accounts().requireVisible(accountId);
        return Store.find(host.data().dsl(), A.ACCOUNT_ID.eq(accountId).and(visible()), 50);
    }

    /** Records a proposal; returns the stored arrangement (CURRENT, or PENDING_APPROVAL with the reasons). */
    Arrangement record(long accountId, Proposal proposal) {
        Roles.require(host.currentUser(), Roles.NEGOTIATORS, "record promises or plans");
        String user = host.currentUser().require().username();
        long id = host.data().inTransaction(dsl -> {
            Account account = Account.require(dsl, host.accounts(), accountId, true);
            refuseIfBlocked(dsl, account);
            refuseOverlap(dsl, accountId, -1);
            LocalDate today = account.today(host.clock());
            Review.Outcome outcome = Review.check(proposal, account.balance().amount(), guardrails(), today);
            String method = proposal.method() == null || proposal.method().isBlank() ? "Not given"
                    : proposal.method().strip();
            if (method.length() > 40 || proposal.waiver() != null && proposal.waiver().length() > 500) {
                throw new PlanRefusedException("The method is at most 40 and the waiver at most 500 characters.");
            }
            Status status = outcome.needsApproval() ? Status.PENDING_APPROVAL : Status.CURRENT;
            long newId = dsl.insertInto(A)
                    .set(A.ACCOUNT_ID, accountId).set(A.KIND, proposal.kind().name()).set(A.STATUS, status.name())
                    .set(A.TOTAL_AMOUNT, proposal.total())
                    .set(A.CURRENCY, account.balance().currency().getCurrencyCode())
                    .set(A.BALANCE_AT_OFFER, account.balance().amount())
                    .set(A.FREQUENCY, (proposal.frequency() == null ? Frequency.MONTHLY : proposal.frequency()).name())
                    .set(A.METHOD, method).set(A.WAIVER, blankToNull(proposal.waiver()))
                    .set(A.APPROVAL_REASONS, outcome.needsApproval() ? String.join("; ", outcome.approvalReasons())
                            : null)
                    .set(A.CREATED_BY, user).set(A.CREATED_AT, now()).set(A.VERSION, 0)
                    .returningResult(A.ID).fetchOne().value1();
            for (Schedule.Due due : outcome.schedule()) {
                dsl.insertInto(I).set(I.ARRANGEMENT_ID, newId).set(I.SEQ, due.seq()).set(I.DUE_ON, due.dueOn())
                        .set(I.AMOUNT, due.amount()).set(I.PAID_AMOUNT, BigDecimal.ZERO)
                        .set(I.STATE, Judge.InstalmentState.PENDING.name()).execute();
            }
            Arrangement stored = Store.byId(dsl, newId, DSL.trueCondition()).orElseThrow();
            host.audit().record(new AuditEntry("ARRANGEMENT_RECORDED", "payment_plans_arrangement",
                    Long.toString(newId), null, stored.summary() + " · " + status.label(stored.kind())
                    + (stored.waiver() == null ? "" : " · waiver: " + stored.waiver())));
            host.timeline().append(accountId, timelineKind(stored.kind()), stored.summary(),
                    outcome.needsApproval() ? "Waiting for a supervisor: " + stored.approvalReasons()
                            : stored.waiver() == null ? null : "Incentive: " + stored.waiver());
            return newId;
        });
        return announce(Store.byId(host.data().dsl(), id, DSL.trueCondition()).orElseThrow());
    }

    /** A supervisor approves (CURRENT) or rejects (REJECTED) an arrangement waiting for approval. */
    Arrangement decide(long arrangementId, boolean approve, String note) {
        Roles.require(host.currentUser(), Roles.APPROVERS, "approve arrangements");
        if (!approve && (note == null || note.isBlank())) {
            throw new PlanRefusedException("Say why the arrangement is not approved.");
        }
        String user = host.currentUser().require().username();
        host.data().inTransaction(dsl -> {
            Arrangement a = lockVisible(dsl, arrangementId);
            if (a.status() != Status.PENDING_APPROVAL) {
                throw new PlanRefusedException("This arrangement is no longer waiting for approval ("
                        + a.status().label(a.kind()) + ").");
            }
            if (a.createdBy().equals(user)) {
                throw new PlanRefusedException("You recorded this arrangement: another supervisor decides on it.");
            }
            if (approve) {
                refuseIfBlocked(dsl, Account.require(dsl, host.accounts(), a.accountId(), true));
            }
            Status to = approve ? Status.CURRENT : Status.REJECTED;
            dsl.update(A).set(A.STATUS, to.name()).set(A.DECIDED_BY, user).set(A.DECIDED_AT, now())
                    .set(A.DECISION_NOTE, blankToNull(note)).set(A.VERSION, a.version() + 1)
                    .where(A.ID.eq(arrangementId)).execute();
            host.audit().record(new AuditEntry(approve ? "ARRANGEMENT_APPROVED" : "ARRANGEMENT_REJECTED",
                    "payment_plans_arrangement", Long.toString(arrangementId), a.status().name(),
                    to.name() + (note == null || note.isBlank() ? "" : " · " + note.strip())));
            host.timeline().append(a.accountId(), timelineKind(a.kind()), a.kind().label() + " "
                    + (approve ? "approved" : "not approved") + " by " + user, blankToNull(note));
        });
        return announce(Store.byId(host.data().dsl(), arrangementId, DSL.trueCondition()).orElseThrow());
    }

    /**
     * Tells other plugins (outreach cadences: "promise made", "payment due in 3 days") about each payment an
     * arrangement that has just become current expects, after the commit; one waiting for approval says nothing yet.
     */
    private Arrangement announce(Arrangement a) {
        if (a.status() == Status.CURRENT) {
            for (Arrangement.Instalment i : a.instalments()) {
                host.events().publish(new AccountEvent.PromiseMade(a.accountId(), "payment-plans-" + a.id(),
                        Money.of(i.amount(), a.total().currency().getCurrencyCode()), i.dueOn(), host.pluginId()));
            }
        }
        return a;
    }

    /** Cancels an active arrangement, with the reason. */
    void cancel(long arrangementId, String reason) {
        Roles.require(host.currentUser(), Roles.NEGOTIATORS, "cancel arrangements");
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new PlanRefusedException("Give the reason for cancelling (at most 500 characters).");
        }
        host.data().inTransaction(dsl -> {
            Arrangement a = lockVisible(dsl, arrangementId);
            if (!Status.ACTIVE.contains(a.status())) {
                throw new PlanRefusedException("Only an active arrangement can be cancelled; this one is "
                        + a.status().label(a.kind()).toLowerCase() + ".");
            }
            dsl.update(A).set(A.STATUS, Status.CANCELLED.name()).set(A.END_REASON, reason.strip())
                    .set(A.VERSION, a.version() + 1).where(A.ID.eq(arrangementId)).execute();
            host.audit().record(new AuditEntry("ARRANGEMENT_CANCELLED", "payment_plans_arrangement",
                    Long.toString(arrangementId), a.status().name(), "CANCELLED · " + reason.strip()));
            host.timeline().append(a.accountId(), timelineKind(a.kind()), a.kind().label() + " cancelled",
                    reason.strip());
        });
    }

    /**
     * Moves unpaid instalments to new dates and changes their amounts ({@link Modification} has the rules), with the
     * reason in the audit log and on the timeline.
     *
     * @param changes per instalment sequence number, its new date and amount
     */
    void modify(long arrangementId, Map<Integer, Schedule.Due> changes, String reason) {
        Roles.require(host.currentUser(), Roles.NEGOTIATORS, "change arrangements");
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new PlanRefusedException("Give the reason for the change (at most 500 characters).");
        }
        Function<DSLContext, Evaluation.Outcome> work = dsl -> {
            Arrangement a = lockVisible(dsl, arrangementId);
            Account account = Account.require(dsl, host.accounts(), a.accountId(), true);
            Modification.check(a, changes, account.balance(), account.today(host.clock()));
            String currency = a.total().currency().getCurrencyCode();
            StringBuilder before = new StringBuilder();
            StringBuilder now = new StringBuilder();
            for (Arrangement.Instalment i : a.instalments()) {
                Schedule.Due change = changes.get(i.seq());
                if (change != null && (!change.dueOn().equals(i.dueOn())
                        || change.amount().compareTo(i.amount()) != 0)) {
                    dsl.update(I).set(I.DUE_ON, change.dueOn()).set(I.AMOUNT, change.amount())
                            .where(I.ID.eq(i.id())).execute();
                    before.append('#').append(i.seq()).append(' ').append(Format.date(i.dueOn())).append(' ')
                            .append(Money.of(i.amount(), currency).format()).append("; ");
                    now.append('#').append(i.seq()).append(' ').append(Format.date(change.dueOn())).append(' ')
                            .append(Money.of(change.amount(), currency).format()).append("; ");
                }
            }
            if (now.isEmpty()) {
                throw new PlanRefusedException("Nothing was changed.");
            }
            dsl.update(A).set(A.VERSION, a.version() + 1).where(A.ID.eq(arrangementId)).execute();
            host.audit().record(new AuditEntry("ARRANGEMENT_CHANGED", "payment_plans_arrangement",
                    Long.toString(arrangementId), before.toString(), now + "reason: " + reason.strip()));
            host.timeline().append(a.accountId(), timelineKind(a.kind()), a.kind().label() + " changed",
                    "Now " + now + "reason: " + reason.strip());
            // a moved date may make a broken instalment pending again, or a late plan current
            return Evaluation.reassess(host, dsl, arrangementId, null);
        };
        host.data().inTransaction(work).publish(host);
    }

    private Arrangement lockVisible(DSLContext dsl, long arrangementId) {
        dsl.select(A.ID).from(A).where(A.ID.eq(arrangementId)).forUpdate().fetch();
        return Store.byId(dsl, arrangementId, visible())
                .orElseThrow(() -> new PlanRefusedException("No such arrangement."));
    }

    /** A hold that blocks collection, an arrangement already active, or a closed account: refused. */
    private void refuseIfBlocked(DSLContext dsl, Account account) {
        Optional<Hold> hold = host.holds().active(account.id()).stream().filter(Hold::blocksCollection).findFirst();
        if (hold.isPresent()) {
            throw new PlanRefusedException("The account is on hold (" + hold.get().reason().label()
                    + "): collection is stopped, so no promise or plan can be recorded.");
        }
        if (!account.balance().isPositive()) {
            throw new PlanRefusedException("The account has no balance to pay.");
        }
    }

    /** Refuses a second active arrangement on the account (checked with the account row locked). */
    static void refuseOverlap(DSLContext dsl, long accountId, long exceptId) {
        List<String> active = dsl.select(A.KIND).from(A).where(A.ACCOUNT_ID.eq(accountId)
                        .and(A.STATUS.in(Status.ACTIVE.stream().map(Enum::name).toList())).and(A.ID.ne(exceptId)))
                .fetch(A.KIND);
        if (!active.isEmpty()) {
            throw new PlanRefusedException("The account already has an active " + Kind.valueOf(active.getFirst())
                    .label().toLowerCase() + ": change or cancel it first.");
        }
    }

    static String timelineKind(Kind kind) {
        return kind == Kind.PROMISE ? "PROMISE" : "PLAN";
    }

    LocalDateTime now() {
        return LocalDateTime.ofInstant(host.clock().instant(), ZoneOffset.UTC);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
