package app.settle.portal.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.settle.api.core.AccountNotVisibleException;
import app.settle.api.core.TimelineItem;
import app.settle.portal.audit.AuditTrail;
import app.settle.portal.testing.CoreFixtures.Created;
import app.settle.portal.testing.DomainTest;
import app.settle.portal.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NoteServiceTest extends DomainTest {

    @Autowired
    NoteService notes;
    @Autowired
    TimelineService timeline;
    @Autowired
    AuditTrail audit;

    @Test
    void aNoteJoinsTheTimelineWithItsAuthorAndIsAudited() {
        Created account = fixtures.account(ref("NOTE")).create();
        signIn("collector");

        notes.add(account.accountId(), "  Debtor asked us to call after payday.  ");

        TimelineItem item = timeline.recent(account.accountId(), 5).getFirst();
        assertThat(item.kind()).isEqualTo("NOTE");
        assertThat(item.detail()).isEqualTo("Debtor asked us to call after payday.");
        assertThat(item.userName()).isEqualTo("collector");
        assertThat(audit.forEntity("account", Long.toString(account.accountId()), 5))
                .anySatisfy(row -> {
                    assertThat(row.action()).isEqualTo("NOTE_ADDED");
                    assertThat(row.actor()).isEqualTo("collector");
                });
    }

    @Test
    void emptyOrOverlongNotesAreRefusedWithTheReason() {
        Created account = fixtures.account(ref("NOTE")).create();
        signIn("collector");

        assertThatThrownBy(() -> notes.add(account.accountId(), "   ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> notes.add(account.accountId(), "x".repeat(2001)))
                .hasMessage("A note is at most 2,000 characters; this one has 2,001.");
        assertThat(timeline.recent(account.accountId(), 5)).isEmpty();
    }

    @Test
    void notesOnlyByCollectingRolesAndOnlyOnVisibleAccounts() {
        Created west = fixtures.account(ref("NOTE-W")).team("West Coast Recovery").create();
        signIn("collector");
        assertThatThrownBy(() -> notes.add(west.accountId(), "hello")).isInstanceOf(AccountNotVisibleException.class);

        Created east = fixtures.account(ref("NOTE-E")).create();
        signIn("trainer");
        assertThat(notes.mayAdd()).isFalse();
        assertThatThrownBy(() -> notes.add(east.accountId(), "hello")).isInstanceOf(SecurityException.class);
        signIn("admin");
        assertThat(timeline.recent(east.accountId(), 5)).isEmpty();
    }
}
