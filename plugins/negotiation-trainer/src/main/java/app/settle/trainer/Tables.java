package app.settle.trainer;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** The plugin's tables and columns for jOOQ (names from {@code db/negotiation-trainer/changelog.xml}). */
final class Tables {

    static final Table<?> SCENARIO = DSL.table(DSL.name("negotiation_trainer_scenario"));
    static final Table<?> SESSION = DSL.table(DSL.name("negotiation_trainer_session"));
    static final Table<?> TURN = DSL.table(DSL.name("negotiation_trainer_turn"));
    static final Table<?> MOMENT = DSL.table(DSL.name("negotiation_trainer_moment"));
    static final Table<?> COMMENT = DSL.table(DSL.name("negotiation_trainer_comment"));

    static final Field<Long> ID = DSL.field(DSL.name("id"), SQLDataType.BIGINT);
    static final Field<String> SCENARIO_KEY = DSL.field(DSL.name("scenario_key"), SQLDataType.VARCHAR);
    static final Field<Integer> VERSION = DSL.field(DSL.name("version"), SQLDataType.INTEGER);
    static final Field<String> TITLE = DSL.field(DSL.name("title"), SQLDataType.VARCHAR);
    static final Field<String> SOURCE = DSL.field(DSL.name("source"), SQLDataType.CLOB);
    static final Field<Boolean> PUBLISHED = DSL.field(DSL.name("published"), SQLDataType.BOOLEAN);
    static final Field<String> CREATED_BY = DSL.field(DSL.name("created_by"), SQLDataType.VARCHAR);
    static final Field<LocalDateTime> CREATED_AT = DSL.field(DSL.name("created_at"), SQLDataType.LOCALDATETIME);

    static final Field<String> SCENARIO_TITLE = DSL.field(DSL.name("scenario_title"), SQLDataType.VARCHAR);
    static final Field<String> SCENARIO_SOURCE = DSL.field(DSL.name("scenario_source"), SQLDataType.CLOB);
    static final Field<String> MODE = DSL.field(DSL.name("mode"), SQLDataType.VARCHAR);
    static final Field<String> STATUS = DSL.field(DSL.name("status"), SQLDataType.VARCHAR);
    static final Field<Long> TRAINEE_ID = DSL.field(DSL.name("trainee_id"), SQLDataType.BIGINT);
    static final Field<String> TRAINEE_USERNAME = DSL.field(DSL.name("trainee_username"), SQLDataType.VARCHAR);
    static final Field<String> TRAINEE_NAME = DSL.field(DSL.name("trainee_name"), SQLDataType.VARCHAR);
    static final Field<String> TRAINEE_TEAMS = DSL.field(DSL.name("trainee_teams"), SQLDataType.VARCHAR);
    static final Field<Long> TRAINER_ID = DSL.field(DSL.name("trainer_id"), SQLDataType.BIGINT);
    static final Field<String> TRAINER_USERNAME = DSL.field(DSL.name("trainer_username"), SQLDataType.VARCHAR);
    static final Field<String> TRAINER_NAME = DSL.field(DSL.name("trainer_name"), SQLDataType.VARCHAR);
    static final Field<String> JOIN_CODE = DSL.field(DSL.name("join_code"), SQLDataType.VARCHAR);
    static final Field<String> ENDING = DSL.field(DSL.name("ending"), SQLDataType.VARCHAR);
    static final Field<Integer> POINTS = DSL.field(DSL.name("points"), SQLDataType.INTEGER);
    static final Field<Integer> MAX_POINTS = DSL.field(DSL.name("max_points"), SQLDataType.INTEGER);
    static final Field<BigDecimal> SCORE_SCALED = DSL.field(DSL.name("score_scaled"), SQLDataType.DECIMAL(5, 4));
    static final Field<Boolean> PASSED = DSL.field(DSL.name("passed"), SQLDataType.BOOLEAN);
    static final Field<LocalDateTime> STARTED_AT = DSL.field(DSL.name("started_at"), SQLDataType.LOCALDATETIME);
    static final Field<LocalDateTime> FINISHED_AT = DSL.field(DSL.name("finished_at"), SQLDataType.LOCALDATETIME);

    static final Field<Long> SESSION_ID = DSL.field(DSL.name("session_id"), SQLDataType.BIGINT);
    static final Field<Integer> TURN_NO = DSL.field(DSL.name("turn_no"), SQLDataType.INTEGER);
    static final Field<String> SPEAKER = DSL.field(DSL.name("speaker"), SQLDataType.VARCHAR);
    static final Field<String> BODY = DSL.field(DSL.name("body"), SQLDataType.VARCHAR);
    static final Field<String> NODE = DSL.field(DSL.name("node"), SQLDataType.VARCHAR);
    static final Field<LocalDateTime> SAID_AT = DSL.field(DSL.name("said_at"), SQLDataType.LOCALDATETIME);
    static final Field<String> ITEM_KEY = DSL.field(DSL.name("item_key"), SQLDataType.VARCHAR);
    static final Field<Boolean> EARNED = DSL.field(DSL.name("earned"), SQLDataType.BOOLEAN);
    static final Field<String> REASON = DSL.field(DSL.name("reason"), SQLDataType.VARCHAR);
    static final Field<String> MOMENT_SOURCE = DSL.field(DSL.name("source"), SQLDataType.VARCHAR);
    static final Field<String> SCORED_BY = DSL.field(DSL.name("scored_by"), SQLDataType.VARCHAR);
    static final Field<String> AUTHOR_USERNAME = DSL.field(DSL.name("author_username"), SQLDataType.VARCHAR);
    static final Field<String> AUTHOR_NAME = DSL.field(DSL.name("author_name"), SQLDataType.VARCHAR);

    private Tables() {
    }
}
