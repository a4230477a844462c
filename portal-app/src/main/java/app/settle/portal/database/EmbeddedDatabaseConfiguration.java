package app.settle.portal.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Starts the embedded MariaDB and points the portal's connection pool at it. */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(DatabaseProperties properties) {
        EmbeddedMariaDb db = EmbeddedMariaDb.start(properties.dataDir(), properties.port());
        db.createDatabase(properties.name());
        return db;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedMariaDb db, DatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("settle-embedded");
        dataSource.setJdbcUrl(db.jdbcUrl(properties.name()));
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }
}
