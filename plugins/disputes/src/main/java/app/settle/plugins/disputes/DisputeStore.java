package app.settle.plugins.disputes;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.DEBTOR;

import app.settle.api.HostContext;
import app.settle.api.core.Money;
import app.settle.plugins.disputes.DisputeTables.D;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.UpdateSetMoreStep;

/**
 * Reads disputes with their account's facts, always within the current user's team scope, and writes dispute rows
 * under their version (optimistic locking: a change made meanwhile by someone else refuses the second one).
 */
final class DisputeStore {

    /** The queue shows at most this many disputes, the ones due first; filters narrow it down. */
    static final int QUEUE_LIMIT = 500;

    private final HostContext host;

    DisputeStore(HostContext host) {
        this.host = host;
    }

    LocalDate today() {
        return LocalDate.now(host.clock().withZone(ZoneOffset.UTC));
    }

    LocalDateTime now() {
        return LocalDateTime.now(host.clock().withZone(ZoneOffset.UTC));
    }

    Optional<Dispute> find(DSLContext dsl, long disputeId) {
        return select(dsl).where(D.ID.eq(disputeId).and(host.accounts().visibleToCurrentUser()))
                .fetchOptional(DisputeStore::map);
    }

    /** The dispute if the user may see its account, or a refusal that looks the same as a missing one. */
    Dispute require(DSLContext dsl, long disputeId) {
        return find(dsl, disputeId).orElseThrow(() -> new DisputeRefusedException(
                "Dispute " + disputeId + " was not found among the disputes you may see."));
    }

    List<Dispute> forAccount(DSLContext dsl, long accountId) {
        return select(dsl).where(D.ACCOUNT_ID.eq(accountId).and(host.accounts().visibleToCurrentUser()))
                .orderBy(D.ID.desc()).fetch(DisputeStore::map);
    }

    List<Dispute> unresolvedOf(DSLContext dsl, long accountId) {
        return select(dsl).where(D.ACCOUNT_ID.eq(accountId).and(unresolved()))
                .orderBy(D.ID).fetch(DisputeStore::map);
    }

    List<Dispute> queue(DSLContext dsl, Condition filter) {
        return select(dsl).where(filter.and(host.accounts().visibleToCurrentUser()))
                .orderBy(D.DUE_ON, D.ID).limit(QUEUE_LIMIT).fetch(DisputeStore::map);
    }

    static Condition unresolved() {
        return D.STATUS.in(DisputeStatus.UNRESOLVED.stream().map(Enum::name).toList());
    }

    /**
     * Runs the update of one dispute row if its version is still {@code expected}, bumping it; otherwise refuses
     * (someone else changed the dispute since the user opened it).
     */
    void update(DSLContext dsl, Dispute dispute, UnaryOperator<UpdateSetMoreStep<Record>> changes) {
        UpdateSetMoreStep<Record> update = dsl.update(D.TABLE).set(D.VERSION, D.VERSION.plus(1));
        int updated = changes.apply(update)
                .where(D.ID.eq(dispute.id()).and(D.VERSION.eq(dispute.version())))
                .execute();
        if (updated == 0) {
            throw new DisputeRefusedException("Someone else changed this dispute since you opened it. Nothing was saved:"
                    + " reopen it to see their change, then try again.");
        }
    }

    private static SelectOnConditionStep<Record> select(DSLContext dsl) {
        return dsl.select(D.ALL).select(ACCOUNT.EXTERNAL_REF, ACCOUNT.TEAM_ID, AccountFacts.DEBTOR_NAME)
                .from(D.TABLE)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(D.ACCOUNT_ID))
                .join(DEBTOR).on(DEBTOR.ID.eq(ACCOUNT.DEBTOR_ID));
    }

    private static Dispute map(Record r) {
        String currency = r.get(D.CURRENCY);
        String method = r.get(D.VERIFICATION_METHOD);
        return new Dispute(r.get(D.ID), r.get(D.ACCOUNT_ID), r.get(ACCOUNT.EXTERNAL_REF), r.get(ACCOUNT.TEAM_ID),
                r.get(AccountFacts.DEBTOR_NAME).strip(), DisputeReason.valueOf(r.get(D.REASON)), r.get(D.WHOLE_DEBT),
                Money.of(r.get(D.DISPUTED_AMOUNT), currency), ReceivedVia.valueOf(r.get(D.RECEIVED_VIA)),
                r.get(D.RECEIVED_ON), r.get(D.STATEMENT), r.get(D.WINDOW_ENDS_ON), r.get(D.WITHIN_WINDOW),
                r.get(D.DUE_ON), DisputeStatus.valueOf(r.get(D.STATUS)), r.get(D.HOLD_ID), r.get(D.ASSIGNED_TO),
                r.get(D.OPENED_BY), instant(r.get(D.OPENED_AT)), r.get(D.OUTCOME),
                r.get(D.ADJUSTMENT_AMOUNT) == null ? null : Money.of(r.get(D.ADJUSTMENT_AMOUNT), currency),
                r.get(D.RESOLUTION_REASON), r.get(D.REQUESTED_BY), r.get(D.APPROVED_BY), r.get(D.VERIFICATION_SENT_ON),
                method == null ? null : VerificationMethod.valueOf(method), r.get(D.RESOLVED_BY),
                instant(r.get(D.RESOLVED_AT)), r.get(D.VERSION));
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
