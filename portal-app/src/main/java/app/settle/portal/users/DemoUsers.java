package app.settle.portal.users;

import app.settle.api.Role;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds a demo team with one user per role on first start of a portal with demo data switched on
 * ({@code settle.demo-data=true}, the default of the embedded database). Does nothing once any user exists.
 * The logins are listed in the README; never switch demo data on against a production database.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "settle.demo-data", havingValue = "true")
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    /** Demo accounts: username, display name, role; the password is {@code <username>-demo}. */
    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Alex Admin", Role.ADMIN),
            new DemoUser("supervisor", "Sam Supervisor", Role.SUPERVISOR),
            new DemoUser("collector", "Casey Collector", Role.COLLECTOR),
            new DemoUser("trainer", "Terry Trainer", Role.TRAINER),
            new DemoUser("trainee", "Tracy Trainee", Role.TRAINEE));

    private final UserDirectory users;

    DemoUsers(UserDirectory users) {
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.hasAnyUser()) {
            return;
        }
        long east = users.createTeam("East Coast Recovery", "system");
        long west = users.createTeam("West Coast Recovery", "system");
        for (DemoUser demo : USERS) {
            Set<Long> teams = switch (demo.role()) {
                case SUPERVISOR -> Set.of(east, west);
                case COLLECTOR, TRAINEE -> Set.of(east);
                default -> Set.of();
            };
            users.createUser(new NewUser(demo.username(), demo.displayName(), demo.password(), demo.role(), teams),
                    "system");
        }
        log.info("Demo users created: {} (password: <username>-demo)",
                USERS.stream().map(DemoUser::username).toList());
    }

    record DemoUser(String username, String displayName, Role role) {
        String password() {
            return username + "-demo";
        }
    }
}
