package app.settle.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Settle portal: Spring Boot host for the Vaadin UI, the core services and the plugins. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SettleApplication {

    public static void main(String[] args) {
        SpringApplication.run(SettleApplication.class, args);
    }
}
