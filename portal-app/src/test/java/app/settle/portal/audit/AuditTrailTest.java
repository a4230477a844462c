package app.settle.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.settle.api.AuditEntry;
import app.settle.portal.testing.TestDatabaseInitializer;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(properties = "settle.demo-data=true")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class AuditTrailTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    DSLContext dsl;

    @Test
    void recordsWhoWhatAndBeforeAfter() {
        audit.record("sam", "host", new AuditEntry("TEAM_RENAMED", "team", "7", "{\"name\":\"East\"}",
                "{\"name\":\"East Coast\"}"));
        AuditRecord row = audit.forEntity("team", "7", 1).getFirst();
        assertThat(row.actor()).isEqualTo("sam");
        assertThat(row.action()).isEqualTo("TEAM_RENAMED");
        assertThat(row.before()).isEqualTo("{\"name\":\"East\"}");
        assertThat(row.after()).isEqualTo("{\"name\":\"East Coast\"}");
        assertThat(row.occurredAt()).isNotNull();
    }

    @Test
    void theAuditTableRefusesUpdatesAndDeletes() {
        audit.record("sam", "host", new AuditEntry("NOTE_ADDED", "note", "1", null, "x"));
        assertThatThrownBy(() -> dsl.execute("UPDATE audit_event SET actor = 'mallory'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.execute("DELETE FROM audit_event"))
                .hasMessageContaining("append-only");
        assertThat(dsl.fetchCount(dsl.selectFrom("audit_event").where("actor = 'mallory'"))).isZero();
    }

    @Test
    void demoSeedingIsAudited() {
        assertThat(dsl.fetchCount(dsl.selectFrom("audit_event").where("action = 'USER_CREATED'"))).isEqualTo(5);
    }

    @Test
    void searchFiltersAndPagesNewestFirst() {
        for (int i = 1; i <= 3; i++) {
            audit.record("filter-user", "host", new AuditEntry("FILTER_TEST", "widget", "w" + i, null, "v" + i));
        }
        audit.record("someone-else", "host", new AuditEntry("FILTER_TEST", "widget", "w9", null, "v9"));

        var mine = audit.search(new AuditFilter("filter-user", "FILTER_TEST", null, null, null, null), Long.MAX_VALUE, 2);
        assertThat(mine).extracting(AuditRecord::entityId).containsExactly("w3", "w2");
        var older = audit.search(new AuditFilter("filter-user", "FILTER_TEST", null, null, null, null),
                mine.getLast().id(), 2);
        assertThat(older).extracting(AuditRecord::entityId).containsExactly("w1");
        assertThat(audit.search(new AuditFilter(null, null, "widget", "w9", null, null), Long.MAX_VALUE, 10))
                .extracting(AuditRecord::actor).containsExactly("someone-else");
        assertThat(audit.search(new AuditFilter(null, "FILTER_TEST", null, null, java.time.LocalDate.now().plusDays(1),
                null), Long.MAX_VALUE, 10)).isEmpty();
    }

    @Test
    void badEntriesAreRefusedBeforeTheyReachTheDatabase() {
        assertThatThrownBy(() -> new AuditEntry("plan created", "plan", "1", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
