package app.settle.portal.debtors;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.DEBTOR;

import app.settle.api.AuditEntry;
import app.settle.api.CurrentUser;
import app.settle.api.Role;
import app.settle.portal.accounts.AccountScope;
import app.settle.portal.accounts.ConcurrentChangeException;
import app.settle.portal.audit.AuditTrail;
import app.settle.portal.timeline.TimelineService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a debtor's flags with optimistic locking: the change applies only to the version the user saw, so
 * of two concurrent edits the second is refused with {@link ConcurrentChangeException} and nothing is lost.
 */
@Service
public class DebtorFlagsService {

    private final DSLContext dsl;
    private final AccountScope scope;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final TimelineService timeline;
    private final Clock clock;

    DebtorFlagsService(DSLContext dsl, AccountScope scope, CurrentUser currentUser, AuditTrail audit,
                       TimelineService timeline, Clock clock) {
        this.dsl = dsl;
        this.scope = scope;
        this.currentUser = currentUser;
        this.audit = audit;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** Saves the flags of the account's debtor as of {@code seenVersion}; returns the new version. */
    @Transactional
    public int update(long accountId, int seenVersion, DebtorFlags flags) {
        scope.requireVisible(accountId);
        if (currentUser.hasRole(Role.TRAINEE) || currentUser.hasRole(Role.TRAINER)) {
            throw new SecurityException("Your role may not change debtor flags.");
        }
        var debtor = dsl.select(DEBTOR.ID, DEBTOR.CEASE_COMMUNICATION, DEBTOR.ATTORNEY_REPRESENTED, DEBTOR.BANKRUPTCY,
                        DEBTOR.DECEASED, DEBTOR.ATTORNEY_NAME)
                .from(ACCOUNT).join(DEBTOR).on(DEBTOR.ID.eq(ACCOUNT.DEBTOR_ID))
                .where(ACCOUNT.ID.eq(accountId)).fetchSingle();
        DebtorFlags before = new DebtorFlags(debtor.value2(), debtor.value3(), debtor.value6(), debtor.value4(),
                debtor.value5());
        String attorneyName = flags.attorneyRepresented() && flags.attorneyName() != null
                ? flags.attorneyName().strip() : null;
        if (attorneyName != null && attorneyName.length() > 200) {
            throw new IllegalArgumentException("An attorney's name is at most 200 characters");
        }
        int updated = dsl.update(DEBTOR)
                .set(DEBTOR.CEASE_COMMUNICATION, flags.ceaseCommunication())
                .set(DEBTOR.ATTORNEY_REPRESENTED, flags.attorneyRepresented())
                .set(DEBTOR.ATTORNEY_NAME, attorneyName)
                .set(DEBTOR.BANKRUPTCY, flags.bankruptcy())
                .set(DEBTOR.DECEASED, flags.deceased())
                .set(DEBTOR.VERSION, DEBTOR.VERSION.plus(1))
                .set(DEBTOR.UPDATED_AT, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .where(DEBTOR.ID.eq(debtor.value1()).and(DEBTOR.VERSION.eq(seenVersion)))
                .execute();
        if (updated == 0) {
            throw new ConcurrentChangeException("this debtor");
        }
        String actor = currentUser.require().username();
        audit.record(actor, "host", new AuditEntry("DEBTOR_FLAGS_CHANGED", "debtor", Long.toString(debtor.value1()),
                before.json(), flags.json()));
        timeline.append(accountId, "FLAGS", "Debtor flags changed", flags.describe(), "host");
        return seenVersion + 1;
    }
}
