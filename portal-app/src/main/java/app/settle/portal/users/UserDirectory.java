package app.settle.portal.users;

import static app.settle.portal.jooq.Tables.APP_USER;
import static app.settle.api.db.Tables.TEAM;
import static app.settle.portal.jooq.Tables.USER_TEAM;

import app.settle.api.AuditEntry;
import app.settle.api.Role;
import app.settle.portal.audit.AuditTrail;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users, their roles and their teams. */
@Service
public class UserDirectory {

    private final DSLContext dsl;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final Clock clock;

    UserDirectory(DSLContext dsl, PasswordEncoder passwordEncoder, AuditTrail audit, Clock clock) {
        this.dsl = dsl;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<StoredUser> findByUsername(String username) {
        return dsl.selectFrom(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional(r -> new StoredUser(r.getId(), r.getUsername(), r.getDisplayName(), r.getPasswordHash(),
                        Role.valueOf(r.getRole()), r.getEnabled(), teamIdsOf(r.getId())));
    }

    public boolean hasAnyUser() {
        return dsl.fetchExists(APP_USER);
    }

    /** Creates a team and returns its id. */
    @Transactional
    public long createTeam(String name, String actor) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new IllegalArgumentException("A team name is 1 to 100 characters");
        }
        long id = dsl.insertInto(TEAM)
                .set(TEAM.NAME, trimmed)
                .set(TEAM.CREATED_AT, now())
                .returning(TEAM.ID)
                .fetchOne(TEAM.ID);
        audit.record(actor, "host", new AuditEntry("TEAM_CREATED", "team", Long.toString(id), null,
                "{\"name\":\"" + jsonEscape(trimmed) + "\"}"));
        return id;
    }

    /** Creates a user with a hashed password and team memberships, and returns its id. */
    @Transactional
    public long createUser(NewUser user, String actor) {
        user.validate();
        long id = dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, user.username())
                .set(APP_USER.DISPLAY_NAME, user.displayName())
                .set(APP_USER.PASSWORD_HASH, passwordEncoder.encode(user.password()))
                .set(APP_USER.ROLE, user.role().name())
                .set(APP_USER.ENABLED, true)
                .set(APP_USER.CREATED_AT, now())
                .returning(APP_USER.ID)
                .fetchOne(APP_USER.ID);
        for (long teamId : user.teamIds()) {
            dsl.insertInto(USER_TEAM).set(USER_TEAM.USER_ID, id).set(USER_TEAM.TEAM_ID, teamId).execute();
        }
        audit.record(actor, "host", new AuditEntry("USER_CREATED", "app_user", Long.toString(id), null,
                "{\"username\":\"" + jsonEscape(user.username()) + "\",\"role\":\"" + user.role() + "\",\"teams\":"
                        + user.teamIds() + "}"));
        return id;
    }

    /** Every team, by name. */
    public List<TeamRef> teams() {
        return dsl.select(TEAM.ID, TEAM.NAME).from(TEAM).orderBy(TEAM.NAME).fetch(r -> new TeamRef(r.value1(), r.value2()));
    }

    /** The enabled collectors who belong to the team, by display name. */
    public List<Member> collectorsOf(long teamId) {
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME)
                .from(APP_USER).join(USER_TEAM).on(USER_TEAM.USER_ID.eq(APP_USER.ID))
                .where(USER_TEAM.TEAM_ID.eq(teamId))
                .and(APP_USER.ROLE.eq(Role.COLLECTOR.name()))
                .and(APP_USER.ENABLED.isTrue())
                .orderBy(APP_USER.DISPLAY_NAME)
                .fetch(r -> new Member(r.value1(), r.value2(), r.value3()));
    }

    public record TeamRef(long id, String name) {
    }

    public record Member(long id, String username, String displayName) {
    }

    private Set<Long> teamIdsOf(long userId) {
        Collection<Long> ids = dsl.select(USER_TEAM.TEAM_ID).from(USER_TEAM).where(USER_TEAM.USER_ID.eq(userId))
                .fetch(USER_TEAM.TEAM_ID);
        return new HashSet<>(ids);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    static String jsonEscape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
