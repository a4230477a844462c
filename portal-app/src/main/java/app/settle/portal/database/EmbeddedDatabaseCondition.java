package app.settle.portal.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Embedded MariaDB unless switched off or an external datasource URL is configured. */
class EmbeddedDatabaseCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var env = context.getEnvironment();
        boolean wanted = env.getProperty("settle.database.embedded", Boolean.class, true);
        boolean externalUrl = env.getProperty("spring.datasource.url", "").isBlank() == false;
        return wanted && !externalUrl;
    }
}
