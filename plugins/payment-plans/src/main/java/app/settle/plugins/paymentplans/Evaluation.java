package app.settle.plugins.paymentplans;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.DEBTOR;
import static app.settle.plugins.paymentplans.db.Tables.PAYMENT_PLANS_ARRANGEMENT;
import static app.settle.plugins.paymentplans.db.Tables.PAYMENT_PLANS_INSTALMENT;

import app.settle.api.AuditEntry;
import app.settle.api.HostContext;
import app.settle.api.core.AccountEvent;
import app.settle.api.core.Money;
import app.settle.api.core.Timeline;
import app.settle.plugins.paymentplans.db.tables.PaymentPlansArrangement;
import app.settle.plugins.paymentplans.db.tables.PaymentPlansInstalment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Marks instalments kept or broken and moves arrangements between current, late, defaulted and completed. Runs
 * after every allocation and from the scheduled job ({@link PromiseJob}) for every approved arrangement, so a
 * promise breaks on the first run after its grace period even when no payment comes. Idempotent: a second run
 * on the same day changes nothing. A newly broken instalment gets a timeline entry of kind
 * {@link Timeline#PROMISE_BROKEN} and an audit row, and after the commit an {@link AccountEvent.PromiseBroken}
 * so that queues move the account up at once.
 */
final class Evaluation {

    private static final PaymentPlansArrangement A = PAYMENT_PLANS_ARRANGEMENT;
    private static final PaymentPlansInstalment I = PAYMENT_PLANS_INSTALMENT;

    private static final int BATCH = 500;

    private Evaluation() {
    }

    /** Evaluates every current or late arrangement, in batches by id; returns how many changed. */
    static int all(HostContext host) {
        int changed = 0;
        long after = 0;
        while (true) {
            final long from = after;
            List<Long> ids = host.data().dsl().select(A.ID).from(A)
                    .where(A.STATUS.in(Status.CURRENT.name(), Status.LATE.name()).and(A.ID.gt(from)))
                    .orderBy(A.ID).limit(BATCH).fetch(A.ID);
            for (long id : ids) {
                Function<DSLContext, Outcome> one = dsl -> reassess(host, dsl, id, null);
                Outcome outcome = host.data().inTransaction(one);
                if (outcome.changed()) {
                    changed++;
                }
                outcome.publish(host);
            }
            if (ids.size() < BATCH) {
                return changed;
            }
            after = ids.getLast();
        }
    }

    /** What one re-judgement changed, and the instalments it found newly broken (to announce after commit). */
    record Outcome(boolean changed, List<AccountEvent.PromiseBroken> broken) {

        static final Outcome NONE = new Outcome(false, List.of());

        /** Tells the host's listeners (queues) about each newly broken instalment; call after the commit. */
        void publish(HostContext host) {
            broken.forEach(host.events()::publish);
        }
    }

    /**
     * Re-judges one arrangement's instalments on {@code today} (null: today in the debtor's time zone) and stores
     * what changed.
     */
    static Outcome reassess(HostContext host, DSLContext dsl, long arrangementId, LocalDate today) {
        dsl.select(A.ID).from(A).where(A.ID.eq(arrangementId)).forUpdate().fetch();
        Arrangement a = Store.byId(dsl, arrangementId, DSL.trueCondition()).orElseThrow();
        if (!Payments.RECEIVING.contains(a.status())) {
            return Outcome.NONE;
        }
        LocalDate day = today != null ? today : LocalDate.now(host.clock().withZone(Account.zone(
                dsl.select(DEBTOR.TIME_ZONE).from(ACCOUNT).join(DEBTOR).on(DEBTOR.ID.eq(ACCOUNT.DEBTOR_ID))
                        .where(ACCOUNT.ID.eq(a.accountId())).fetchOne(DEBTOR.TIME_ZONE))));
        Guardrails g = Guardrails.from(host.settings());
        List<Judge.InstalmentState> states = new ArrayList<>();
        List<AccountEvent.PromiseBroken> broken = new ArrayList<>();
        boolean changed = false;
        String currency = a.total().currency().getCurrencyCode();
        for (Arrangement.Instalment i : a.instalments()) {
            Judge.InstalmentState state = Judge.instalment(i.amount(), i.paid(), i.dueOn(), day, g.graceDays());
            states.add(state);
            if (state != i.state()) {
                changed = true;
                dsl.update(I).set(I.STATE, state.name()).where(I.ID.eq(i.id())).execute();
                String what = a.instalments().size() == 1 ? a.kind().label() : "Instalment " + i.seq() + " of "
                        + a.instalments().size();
                String title = what + " of " + Money.of(i.amount(), currency).format() + " due "
                        + Format.date(i.dueOn()) + (state == Judge.InstalmentState.BROKEN ? " broken"
                        : state == Judge.InstalmentState.KEPT ? " kept" : " pending again");
                String kind = switch (state) {
                    case BROKEN -> Timeline.PROMISE_BROKEN;
                    case KEPT -> Timeline.PROMISE_KEPT;
                    default -> Plans.timelineKind(a.kind());
                };
                host.timeline().append(a.accountId(), kind, title, state == Judge.InstalmentState.BROKEN
                        ? "Paid " + Money.of(i.paid(), currency).format() + "; grace of " + g.graceDays()
                        + " days ended " + Format.date(i.dueOn().plusDays(g.graceDays())) : null);
                if (state == Judge.InstalmentState.BROKEN) {
                    broken.add(new AccountEvent.PromiseBroken(a.accountId(), Money.of(i.amount(), currency), i.dueOn(),
                            host.pluginId()));
                }
                host.audit().record(new AuditEntry("INSTALMENT_" + state.name(), "payment_plans_instalment",
                        Long.toString(i.id()), i.state().name(), state.name()));
            }
        }
        Status status = Judge.arrangement(states, g.defaultAfter());
        if (status != a.status()) {
            changed = true;
            dsl.update(A).set(A.STATUS, status.name()).set(A.VERSION, a.version() + 1)
                    .where(A.ID.eq(arrangementId)).execute();
            host.audit().record(new AuditEntry("ARRANGEMENT_" + status.name(), "payment_plans_arrangement",
                    Long.toString(arrangementId), a.status().name(), status.name()));
            host.timeline().append(a.accountId(), Plans.timelineKind(a.kind()), a.kind().label() + " is now "
                    + status.label(a.kind()).toLowerCase(), null);
        }
        return new Outcome(changed, List.copyOf(broken));
    }
}
