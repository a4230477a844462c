package app.settle.portal.plugins;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.CONTACT_POINT;

import app.settle.api.AuditEntry;
import app.settle.api.compliance.Channel;
import app.settle.api.core.AccountNotVisibleException;
import app.settle.portal.accounts.AccountScope;
import app.settle.portal.audit.AuditTrail;
import app.settle.portal.compliance.ContactAddresses;
import app.settle.portal.timeline.TimelineService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The host side of {@link app.settle.api.compliance.OptOuts}: marks the debtor's contact points with that address
 * ({@code contact_point.opted_out_at}, which the compliance guard reads), with a timeline entry and an audit row in one
 * transaction. A repeated opt-out changes nothing.
 */
@Service
public class HostOptOuts {

    private final DSLContext dsl;
    private final AccountScope scope;
    private final TimelineService timeline;
    private final AuditTrail audit;
    private final Clock clock;

    HostOptOuts(DSLContext dsl, AccountScope scope, TimelineService timeline, AuditTrail audit, Clock clock) {
        this.dsl = dsl;
        this.scope = scope;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public boolean optOut(long accountId, Channel channel, String address, String how, String source) {
        if (channel == null || !channel.isElectronic()) {
            throw new IllegalArgumentException("Only email addresses and phone numbers for text messages opt out.");
        }
        if (how == null || how.isBlank() || how.length() > 100) {
            throw new IllegalArgumentException("Say how the debtor opted out (at most 100 characters).");
        }
        scope.requireVisibleIfSignedIn(accountId);
        Long debtorId = dsl.select(ACCOUNT.DEBTOR_ID).from(ACCOUNT).where(ACCOUNT.ID.eq(accountId))
                .fetchOptional(ACCOUNT.DEBTOR_ID).orElseThrow(() -> new AccountNotVisibleException(accountId));
        String kind = channel == Channel.EMAIL ? "EMAIL" : "PHONE";
        String wanted = ContactAddresses.normalise(address);
        List<Record3<Long, String, LocalDateTime>> matches = dsl
                .select(CONTACT_POINT.ID, CONTACT_POINT.VALUE, CONTACT_POINT.OPTED_OUT_AT).from(CONTACT_POINT)
                .where(CONTACT_POINT.DEBTOR_ID.eq(debtorId), CONTACT_POINT.KIND.eq(kind))
                .forUpdate()
                .fetch().stream()
                .filter(point -> ContactAddresses.normalise(point.value2()).equals(wanted))
                .toList();
        if (matches.isEmpty()) {
            throw new IllegalArgumentException(address + " is not one of this debtor's "
                    + (channel == Channel.EMAIL ? "email addresses." : "phone numbers."));
        }
        List<Long> open = matches.stream().filter(point -> point.value3() == null).map(Record3::value1).toList();
        if (open.isEmpty()) {
            return false;
        }
        dsl.update(CONTACT_POINT).set(CONTACT_POINT.OPTED_OUT_AT, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .where(CONTACT_POINT.ID.in(open)).execute();
        String what = channel == Channel.EMAIL ? "email" : "text messages";
        timeline.append(accountId, "OPT_OUT", "Opted out of " + what + " at " + address + " (" + how + ")", null,
                source);
        audit.record(scope.actorOr("plugin:" + source), source, new AuditEntry("CONTACT_OPTED_OUT", "contact_point",
                open.getFirst().toString(), "{\"opted_out\":false}",
                "{\"opted_out\":true,\"channel\":\"" + channel + "\",\"how\":\"" + how.replace("\"", "'")
                        .replace("\\", "/").toLowerCase(Locale.ROOT) + "\"}"));
        return true;
    }
}
