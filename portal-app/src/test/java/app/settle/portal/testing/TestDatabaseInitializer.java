package app.settle.portal.testing;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a Spring test context at a fresh database of its own on the test MariaDB. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase db = TestDatabase.get();
        String url = db.freshDatabase("ctx");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("settle-test-database", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", db.user(),
                "spring.datasource.password", db.password(),
                "settle.database.embedded", "false")));
    }
}
