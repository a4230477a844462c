package app.settle.portal.testing;

import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the browser-free view tests of the host (Karibu-Testing, see {@link KaribuViewTest}). Every subclass
 * shares one Spring context: the same annotations and the same {@link DynamicPropertySource} method, so Spring's
 * test context cache starts the portal once (real MariaDB with the demo users, a plugins folder with good and
 * broken plugins).
 */
@SpringBootTest(properties = "settle.demo-data=true")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public abstract class PortalUiTest extends KaribuViewTest {

    /** The plugins folder of the shared context. */
    public static final Path PLUGINS = TestDatabase.workDir().resolve("portal-ui-test/plugins");

    @DynamicPropertySource
    static void pluginsFolder(DynamicPropertyRegistry registry) {
        TestPlugins.folderWith(PLUGINS, "showcase", "notes", "admin-tools", "view-throws", "failing-start",
                "future-api");
        registry.add("settle.plugins.dir", PLUGINS::toString);
    }
}
