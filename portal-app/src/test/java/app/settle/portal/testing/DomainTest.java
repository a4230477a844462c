package app.settle.portal.testing;

import app.settle.portal.security.TestLogins;
import app.settle.portal.users.UserDirectory;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base of service tests against a real MariaDB with demo users and teams (one cached Spring context). Each
 * test gets its own account references from {@link #ref(String)}, so tests never see each other's rows.
 */
@SpringBootTest(properties = "settle.demo-data=true")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public abstract class DomainTest {

    private static int counter;

    @Autowired
    protected DSLContext dsl;
    @Autowired
    protected UserDirectory users;

    protected CoreFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CoreFixtures(dsl);
    }

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    protected void signIn(String username) {
        TestLogins.signIn(users, username);
    }

    protected static synchronized String ref(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + (++counter);
    }

    /** A fixed-offset zone where it is now between 10:00 and 18:00, so time-of-day rules allow contact. */
    public static String daytimeZone() {
        return zoneWhereItIsBetween(LocalTime.of(10, 0), LocalTime.of(18, 0));
    }

    /** A fixed-offset zone where it is now between 00:30 and 06:00. */
    public static String nightZone() {
        return zoneWhereItIsBetween(LocalTime.of(0, 30), LocalTime.of(6, 0));
    }

    private static String zoneWhereItIsBetween(LocalTime after, LocalTime before) {
        for (int offset = -12; offset <= 12; offset++) {
            String id = offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "+" : "-") + Math.abs(offset);
            LocalTime local = Instant.now().atZone(ZoneId.of(id)).toLocalTime();
            if (local.isAfter(after) && local.isBefore(before)) {
                return id;
            }
        }
        throw new IllegalStateException("No zone where it is now between " + after + " and " + before);
    }
}
