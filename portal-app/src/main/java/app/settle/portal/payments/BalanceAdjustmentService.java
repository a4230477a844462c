package app.settle.portal.payments;

import static app.settle.api.db.Tables.BALANCE_ADJUSTMENT;

import app.settle.api.AuditEntry;
import app.settle.api.CurrentUser;
import app.settle.api.Role;
import app.settle.api.core.BalanceAdjustment;
import app.settle.api.core.Money;
import app.settle.portal.accounts.AccountScope;
import app.settle.portal.audit.AuditTrail;
import app.settle.portal.timeline.TimelineService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Balance adjustments and write-offs (the host side of {@link app.settle.api.core.BalanceAdjustments}): the account
 * row is locked like for a payment, the balance moves under the account's version, and a row in
 * {@code balance_adjustment} (unique key) makes a repeated request a no-op. Each adjustment writes a timeline entry
 * and an audit row with the account's money before and after.
 */
@Service
public class BalanceAdjustmentService {

    private static final Set<String> REFUSING_STATUSES = Set.of("CLOSED", "RECALLED", "WRITTEN_OFF");

    private final DSLContext dsl;
    private final AccountLedger ledger;
    private final AccountScope scope;
    private final CurrentUser currentUser;
    private final TimelineService timeline;
    private final AuditTrail audit;
    private final Clock clock;

    BalanceAdjustmentService(DSLContext dsl, AccountLedger ledger, AccountScope scope, CurrentUser currentUser,
                             TimelineService timeline, AuditTrail audit, Clock clock) {
        this.dsl = dsl;
        this.ledger = ledger;
        this.scope = scope;
        this.currentUser = currentUser;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    /** Applies the adjustment once per key; {@code source} is {@code host} or the asking plugin's id. */
    @Transactional
    public Money adjust(BalanceAdjustment request, String source) {
        if (currentUser.get().isPresent() && !(currentUser.hasRole(Role.SUPERVISOR) || currentUser.hasRole(Role.ADMIN))) {
            throw new SecurityException("Only supervisors and administrators adjust balances.");
        }
        scope.requireVisibleIfSignedIn(request.accountId());
        AccountLedger.LockedAccount account = ledger.lock(request.accountId());
        var earlier = dsl.selectFrom(BALANCE_ADJUSTMENT)
                .where(BALANCE_ADJUSTMENT.IDEMPOTENCY_KEY.eq(request.idempotencyKey())).forUpdate().fetchOptional();
        if (earlier.isPresent()) {
            return Money.of(earlier.get().getBalanceAfter(), earlier.get().getCurrency());
        }
        BigDecimal amount = request.amount().amount();
        String refusal = refusal(account, request);
        if (refusal != null) {
            throw new IllegalArgumentException(refusal);
        }
        AccountLedger.LockedAccount after = ledger.reduceBalance(account, amount, request.kind().statusAtZero());
        String actor = scope.actorOr("plugin:" + source);
        long id = dsl.insertInto(BALANCE_ADJUSTMENT)
                .set(BALANCE_ADJUSTMENT.ACCOUNT_ID, account.id())
                .set(BALANCE_ADJUSTMENT.IDEMPOTENCY_KEY, request.idempotencyKey())
                .set(BALANCE_ADJUSTMENT.KIND, request.kind().name())
                .set(BALANCE_ADJUSTMENT.AMOUNT, amount)
                .set(BALANCE_ADJUSTMENT.CURRENCY, account.currency())
                .set(BALANCE_ADJUSTMENT.BALANCE_BEFORE, account.balance())
                .set(BALANCE_ADJUSTMENT.BALANCE_AFTER, after.balance())
                .set(BALANCE_ADJUSTMENT.REASON, request.reason().strip())
                .set(BALANCE_ADJUSTMENT.SOURCE, source)
                .set(BALANCE_ADJUSTMENT.CREATED_BY, actor)
                .set(BALANCE_ADJUSTMENT.CREATED_AT, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .returning(BALANCE_ADJUSTMENT.ID)
                .fetchOne(BALANCE_ADJUSTMENT.ID);
        timeline.append(account.id(), "ADJUSTMENT", request.kind().label() + " of " + request.amount().format()
                + ": balance now " + after.balanceMoney().format(), request.reason().strip(), source);
        audit.record(actor, source, new AuditEntry("BALANCE_ADJUSTED", "balance_adjustment", Long.toString(id),
                account.json(), after.json()));
        return after.balanceMoney();
    }

    private static String refusal(AccountLedger.LockedAccount account, BalanceAdjustment request) {
        BigDecimal amount = request.amount().amount();
        String currency = request.amount().currency().getCurrencyCode();
        if (amount.signum() <= 0) {
            return "The amount to take off must be more than zero.";
        }
        if (!account.currency().equals(currency)) {
            return "The amount is in " + currency + " but account " + account.externalRef() + " is in "
                    + account.currency() + ".";
        }
        if (REFUSING_STATUSES.contains(account.status())) {
            return "Account " + account.externalRef() + " is " + account.status().toLowerCase().replace('_', ' ')
                    + ": its balance can no longer be adjusted.";
        }
        if (amount.compareTo(account.balance()) > 0) {
            return request.amount().format() + " is more than the balance of " + account.balanceMoney().format()
                    + " on account " + account.externalRef() + ".";
        }
        return null;
    }
}
