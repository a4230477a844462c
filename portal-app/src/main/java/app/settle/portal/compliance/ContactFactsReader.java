package app.settle.portal.compliance;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.ACCOUNT_HOLD;
import static app.settle.api.db.Tables.CONTACT_ATTEMPT;
import static app.settle.api.db.Tables.CONTACT_POINT;
import static app.settle.api.db.Tables.DEBTOR;

import app.settle.api.compliance.Channel;
import app.settle.api.core.AccountNotVisibleException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

/** Reads what the guard needs about an account and its debtor, as it is now in the database. */
@Component
class ContactFactsReader {

    /** Enough history for a 7-day window in any zone. */
    private static final Duration HISTORY = Duration.ofDays(9);

    private final DSLContext dsl;

    ContactFactsReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    ContactFacts read(long accountId, Instant at) {
        Record debtor = dsl.select(DEBTOR.ID, DEBTOR.TIME_ZONE, DEBTOR.CEASE_COMMUNICATION, DEBTOR.ATTORNEY_REPRESENTED,
                        DEBTOR.BANKRUPTCY, DEBTOR.DECEASED)
                .from(ACCOUNT).join(DEBTOR).on(DEBTOR.ID.eq(ACCOUNT.DEBTOR_ID))
                .where(ACCOUNT.ID.eq(accountId))
                .fetchOptional()
                .orElseThrow(() -> new AccountNotVisibleException(accountId));
        long debtorId = debtor.get(DEBTOR.ID);

        Set<ZoneId> zones = new HashSet<>();
        addZone(zones, debtor.get(DEBTOR.TIME_ZONE));
        Set<String> optedOut = new HashSet<>();
        dsl.select(CONTACT_POINT.VALUE, CONTACT_POINT.TIME_ZONE, CONTACT_POINT.OPTED_OUT_AT)
                .from(CONTACT_POINT)
                .where(CONTACT_POINT.DEBTOR_ID.eq(debtorId))
                .forEach(point -> {
                    addZone(zones, point.get(CONTACT_POINT.TIME_ZONE));
                    if (point.get(CONTACT_POINT.OPTED_OUT_AT) != null) {
                        optedOut.add(ContactAddresses.normalise(point.get(CONTACT_POINT.VALUE)));
                    }
                });

        List<ContactFacts.ActiveHold> holds = dsl.select(ACCOUNT_HOLD.REASON, ACCOUNT_HOLD.BLOCKS_CONTACT,
                        ACCOUNT_HOLD.BLOCKS_COLLECTION)
                .from(ACCOUNT_HOLD)
                .where(ACCOUNT_HOLD.ACCOUNT_ID.eq(accountId).and(ACCOUNT_HOLD.RELEASED_AT.isNull()))
                .fetch(r -> new ContactFacts.ActiveHold(r.value1(), r.value2(), r.value3()));

        LocalDateTime since = LocalDateTime.ofInstant(at.minus(HISTORY), ZoneOffset.UTC);
        List<Record> attempts = List.copyOf(dsl.select(CONTACT_ATTEMPT.OCCURRED_AT, CONTACT_ATTEMPT.CHANNEL,
                        CONTACT_ATTEMPT.DIRECTION, CONTACT_ATTEMPT.CONVERSATION, CONTACT_ATTEMPT.CALLBACK_AT)
                .from(CONTACT_ATTEMPT)
                .where(CONTACT_ATTEMPT.ACCOUNT_ID.eq(accountId).and(CONTACT_ATTEMPT.OCCURRED_AT.ge(since)))
                .fetch());
        List<Instant> calls = attempts.stream()
                .filter(r -> Channel.CALL.name().equals(r.get(CONTACT_ATTEMPT.CHANNEL))
                        && "OUTBOUND".equals(r.get(CONTACT_ATTEMPT.DIRECTION)))
                .map(r -> r.get(CONTACT_ATTEMPT.OCCURRED_AT).toInstant(ZoneOffset.UTC))
                .toList();
        List<Instant> conversations = attempts.stream()
                .filter(r -> Boolean.TRUE.equals(r.get(CONTACT_ATTEMPT.CONVERSATION)))
                .map(r -> r.get(CONTACT_ATTEMPT.OCCURRED_AT).toInstant(ZoneOffset.UTC))
                .toList();

        LocalDateTime consentSince = LocalDateTime.ofInstant(at.minus(ContactRules.CONSENT_VALID), ZoneOffset.UTC);
        List<Instant> agreedCallbacks = attempts.stream()
                .filter(r -> r.get(CONTACT_ATTEMPT.CALLBACK_AT) != null
                        && !r.get(CONTACT_ATTEMPT.OCCURRED_AT).isBefore(consentSince))
                .map(r -> r.get(CONTACT_ATTEMPT.CALLBACK_AT).toInstant(ZoneOffset.UTC))
                .toList();

        return new ContactFacts(zones, debtor.get(DEBTOR.CEASE_COMMUNICATION), debtor.get(DEBTOR.ATTORNEY_REPRESENTED),
                debtor.get(DEBTOR.BANKRUPTCY), debtor.get(DEBTOR.DECEASED), optedOut, holds, calls, conversations,
                agreedCallbacks);
    }

    private static void addZone(Set<ZoneId> zones, String zone) {
        if (zone != null && !zone.isBlank() && ZoneId.getAvailableZoneIds().contains(zone)) {
            zones.add(ZoneId.of(zone));
        }
    }
}
