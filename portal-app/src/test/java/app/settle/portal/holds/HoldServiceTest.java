package app.settle.portal.holds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.settle.api.compliance.Channel;
import app.settle.api.compliance.ComplianceGuard;
import app.settle.api.compliance.ContactPurpose;
import app.settle.api.compliance.ContactRequest;
import app.settle.api.core.HoldReason;
import app.settle.api.core.TimelineItem;
import app.settle.portal.testing.CoreFixtures.Created;
import app.settle.portal.testing.DomainTest;
import app.settle.portal.timeline.TimelineService;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A hold placed through the host stops what it blocks everywhere the guard is asked, until released. */
class HoldServiceTest extends DomainTest {

    @Autowired
    HoldService holds;
    @Autowired
    ComplianceGuard guard;
    @Autowired
    TimelineService timeline;

    @Test
    void aDisputeHoldStopsCollectionCallsUntilReleased() {
        Created account = fixtures.account(ref("DSP")).zone(daytimeZone()).phone("2125550100").create();
        signIn("supervisor");
        long hold = holds.place(account.accountId(), HoldReason.DISPUTE, "Debtor says it is not theirs", "disputes");

        var decision = guard.check(callNow(account));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.explanation()).contains("dispute hold stops collection");
        assertThat(guard.check(new ContactRequest(account.accountId(), Channel.LETTER, null,
                ContactPurpose.VERIFICATION, Instant.now())).allowed()).as("verification may be sent").isTrue();

        holds.release(hold, "Verification sent", "disputes");
        assertThat(guard.check(callNow(account)).allowed()).isTrue();
        assertThat(holds.active(account.accountId())).isEmpty();

        assertThat(timeline.recent(account.accountId(), 10)).extracting(TimelineItem::title)
                .containsExactly("Dispute hold released", "Dispute hold placed");
        assertThat(timeline.recent(account.accountId(), 10)).extracting(TimelineItem::source)
                .containsOnly("disputes");
        assertThat(dsl.fetch("SELECT action FROM audit_event WHERE entity_type = 'account_hold' AND entity_id = ?"
                + " ORDER BY id", Long.toString(hold)).getValues(0, String.class))
                .containsExactly("HOLD_PLACED", "HOLD_RELEASED");
    }

    @Test
    void releasingTwiceIsRefused() {
        Created account = fixtures.account(ref("REL")).create();
        signIn("supervisor");
        long hold = holds.place(account.accountId(), HoldReason.MANUAL, null, "host");
        holds.release(hold, null, "host");
        assertThatThrownBy(() -> holds.release(hold, null, "host"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("This hold was already released.");
    }

    private static ContactRequest callNow(Created account) {
        return new ContactRequest(account.accountId(), Channel.CALL, "2125550100", ContactPurpose.COLLECTION,
                Instant.now());
    }
}
