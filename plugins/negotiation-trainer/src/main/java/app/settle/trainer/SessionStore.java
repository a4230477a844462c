package app.settle.trainer;

import static app.settle.trainer.Tables.AUTHOR_NAME;
import static app.settle.trainer.Tables.AUTHOR_USERNAME;
import static app.settle.trainer.Tables.BODY;
import static app.settle.trainer.Tables.COMMENT;
import static app.settle.trainer.Tables.CREATED_AT;
import static app.settle.trainer.Tables.EARNED;
import static app.settle.trainer.Tables.ENDING;
import static app.settle.trainer.Tables.FINISHED_AT;
import static app.settle.trainer.Tables.ID;
import static app.settle.trainer.Tables.ITEM_KEY;
import static app.settle.trainer.Tables.JOIN_CODE;
import static app.settle.trainer.Tables.MAX_POINTS;
import static app.settle.trainer.Tables.MODE;
import static app.settle.trainer.Tables.MOMENT;
import static app.settle.trainer.Tables.MOMENT_SOURCE;
import static app.settle.trainer.Tables.NODE;
import static app.settle.trainer.Tables.PASSED;
import static app.settle.trainer.Tables.POINTS;
import static app.settle.trainer.Tables.REASON;
import static app.settle.trainer.Tables.SAID_AT;
import static app.settle.trainer.Tables.SCENARIO_KEY;
import static app.settle.trainer.Tables.SCENARIO_SOURCE;
import static app.settle.trainer.Tables.SCENARIO_TITLE;
import static app.settle.trainer.Tables.SCORED_BY;
import static app.settle.trainer.Tables.SCORE_SCALED;
import static app.settle.trainer.Tables.SESSION;
import static app.settle.trainer.Tables.SESSION_ID;
import static app.settle.trainer.Tables.SPEAKER;
import static app.settle.trainer.Tables.STARTED_AT;
import static app.settle.trainer.Tables.STATUS;
import static app.settle.trainer.Tables.TRAINEE_ID;
import static app.settle.trainer.Tables.TRAINEE_NAME;
import static app.settle.trainer.Tables.TRAINEE_TEAMS;
import static app.settle.trainer.Tables.TRAINEE_USERNAME;
import static app.settle.trainer.Tables.TRAINER_ID;
import static app.settle.trainer.Tables.TRAINER_NAME;
import static app.settle.trainer.Tables.TRAINER_USERNAME;
import static app.settle.trainer.Tables.TURN;
import static app.settle.trainer.Tables.TURN_NO;

import app.settle.api.AuditEntry;
import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.UserRef;
import app.settle.trainer.call.CallSimulation;
import app.settle.trainer.call.Moment;
import app.settle.trainer.call.Scorecard;
import app.settle.trainer.call.Speaker;
import app.settle.trainer.call.Turn;
import app.settle.trainer.scenario.Scenario;
import app.settle.trainer.scenario.ScenarioCheck;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Practised calls in the database: self-paced calls recorded when they end, live sessions from start to finish
 * (turns as they are said, the trainer's scores and comments). Every method checks the current user's role and
 * their right to the session on the server and writes an audit row for each change.
 */
final class SessionStore {

    static final int MAX_TEXT = 600;
    private static final int LIST_LIMIT = 500;
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HostContext host;

    SessionStore(HostContext host) {
        this.host = host;
    }

    /** A session with everything a review shows. */
    record Review(StoredSession session, Scenario scenario, List<Turn> turns, Scorecard scorecard,
                  List<Comment> comments) {
    }

    record Comment(Integer turn, String author, String body, LocalDateTime at) {
    }

    /** Stores a finished self-paced call of the current trainee, with its transcript and scorecard. */
    long recordSelfPaced(ScenarioLibrary.Entry entry, CallSimulation call) {
        UserRef trainee = require(Role.TRAINEE);
        if (!call.ended()) {
            throw new IllegalArgumentException("The call has not ended yet");
        }
        Scorecard card = call.scorecard();
        return host.data().inTransaction(dsl -> {
            long id = insertSession(dsl, entry, StoredSession.Mode.SELF_PACED, StoredSession.Status.FINISHED, trainee,
                    null, null);
            for (Turn turn : call.transcript()) {
                insertTurn(dsl, id, turn);
            }
            for (Moment moment : call.moments()) {
                insertMoment(dsl, id, moment, "SCRIPT", null);
            }
            storeResult(dsl, id, call.current().ending(), card);
            audit("TRAINING_CALL_COMPLETED", id, null, resultJson(entry.key(), card));
            return id;
        });
    }

    /** A trainer opens a live session on a scenario; the trainee joins with the returned session's code. */
    StoredSession startLive(ScenarioLibrary.Entry entry) {
        UserRef trainer = require(Role.TRAINER);
        String code = newCode();
        long id = host.data().inTransaction(dsl -> {
            long created = insertSession(dsl, entry, StoredSession.Mode.LIVE, StoredSession.Status.WAITING, null,
                    trainer, code);
            audit("TRAINING_LIVE_STARTED", created, null, "{\"scenario\":\"" + entry.key() + "\"}");
            return created;
        });
        return session(id);
    }

    /** The current trainee joins the live session of this code (the trainer's invitation); rejoining is allowed. */
    StoredSession join(String code) {
        UserRef trainee = require(Role.TRAINEE);
        String normalized = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        long id = host.data().inTransaction(dsl -> {
            Record row = dsl.select(ID, STATUS, TRAINEE_ID).from(SESSION)
                    .where(JOIN_CODE.eq(normalized), MODE.eq(StoredSession.Mode.LIVE.name())).forUpdate().fetchOne();
            if (row == null || StoredSession.Status.valueOf(row.get(STATUS)) == StoredSession.Status.FINISHED
                    || (row.get(TRAINEE_ID) != null && row.get(TRAINEE_ID) != trainee.id())) {
                throw new IllegalArgumentException("No live session is waiting for you with code '" + normalized + "'");
            }
            if (row.get(TRAINEE_ID) == null) {
                dsl.update(SESSION).set(TRAINEE_ID, trainee.id()).set(TRAINEE_USERNAME, trainee.username())
                        .set(TRAINEE_NAME, trainee.displayName()).set(TRAINEE_TEAMS, teams(trainee.teamIds()))
                        .set(STATUS, StoredSession.Status.ACTIVE.name()).where(ID.eq(row.get(ID))).execute();
                audit("TRAINING_LIVE_JOINED", row.get(ID), "{\"status\":\"WAITING\"}", "{\"status\":\"ACTIVE\"}");
            }
            return row.get(ID);
        });
        return session(id);
    }

    /** A line said in a live session: the debtor's by its trainer, the collector's by its trainee. */
    Turn say(long sessionId, Speaker speaker, String text, String node) {
        UserRef user = host.currentUser().require();
        String words = text == null ? "" : text.strip();
        if (words.isEmpty()) {
            throw new IllegalArgumentException("Type what you would say first");
        }
        if (words.length() > MAX_TEXT) {
            throw new IllegalArgumentException("Say it in at most " + MAX_TEXT + " characters");
        }
        StoredSession session = session(sessionId);
        boolean mayTalk = speaker == Speaker.DEBTOR ? isTrainerOf(user, session) : isTraineeOf(user, session);
        if (!mayTalk) {
            throw new SecurityException("You are not the " + (speaker == Speaker.DEBTOR ? "trainer" : "trainee")
                    + " of this session");
        }
        if (session.status() != StoredSession.Status.ACTIVE) {
            throw new IllegalArgumentException(session.status() == StoredSession.Status.WAITING
                    ? "The trainee has not joined yet" : "The session has finished");
        }
        return host.data().inTransaction(dsl -> {
            dsl.select(ID).from(SESSION).where(ID.eq(sessionId)).forUpdate().fetch();
            Integer last = dsl.select(DSL.max(TURN_NO)).from(TURN).where(SESSION_ID.eq(sessionId)).fetchOne(0, Integer.class);
            Turn turn = new Turn(last == null ? 1 : last + 1, speaker, words, node);
            insertTurn(dsl, sessionId, turn);
            return turn;
        });
    }

    /**
     * A trainer scores a rubric item of a call: during a live session, after it, or over a self-paced call's
     * automatic score (the trainer's mark replaces the scripted moments of that item).
     */
    void score(long sessionId, String itemKey, boolean earned, String note) {
        UserRef trainer = require(Role.TRAINER);
        Review review = review(sessionId);
        if (!isTrainerOf(trainer, review.session()) && !SessionAccess.canView(trainer, review.session())) {
            throw new SecurityException("You may not score this session");
        }
        if (review.scenario().rubricItem(itemKey).isEmpty()) {
            throw new IllegalArgumentException("'" + itemKey + "' is not an item of this scenario's rubric");
        }
        String reason = note == null || note.isBlank() ? (earned ? "Earned" : "Lost") + ", scored by "
                + trainer.displayName() : note.strip();
        if (reason.length() > MAX_TEXT) {
            throw new IllegalArgumentException("Keep the note to at most " + MAX_TEXT + " characters");
        }
        String before = review.scorecard().items().stream().filter(i -> i.item().key().equals(itemKey)).findFirst()
                .map(i -> i.status().name()).orElse("NOT_SHOWN");
        int turn = review.turns().isEmpty() ? 0 : review.turns().getLast().number();
        host.data().inTransaction(dsl -> {
            dsl.deleteFrom(MOMENT).where(SESSION_ID.eq(sessionId), ITEM_KEY.eq(itemKey), MOMENT_SOURCE.eq("TRAINER"))
                    .execute();
            insertMoment(dsl, sessionId, new Moment(itemKey, earned, reason,
                    review.session().finished() ? 0 : turn), "TRAINER", trainer.username());
            if (review.session().finished()) {
                storeResult(dsl, sessionId, review.session().ending(), scorecard(dsl, sessionId, review.scenario()));
            }
            audit("TRAINING_ITEM_SCORED", sessionId, "{\"item\":\"" + itemKey + "\",\"status\":\"" + before + "\"}",
                    "{\"item\":\"" + itemKey + "\",\"status\":\"" + (earned ? "EARNED" : "LOST") + "\"}");
        });
    }

    /** The trainer ends a live session; its score is what the trainer marked. */
    void finish(long sessionId, String outcome) {
        UserRef trainer = require(Role.TRAINER);
        Review review = review(sessionId);
        if (!isTrainerOf(trainer, review.session())) {
            throw new SecurityException("Only the trainer who started this session may finish it");
        }
        if (review.session().finished()) {
            throw new IllegalArgumentException("The session has already finished");
        }
        String ending = outcome == null || outcome.isBlank() ? "Live call ended by the trainer" : outcome.strip();
        if (ending.length() > MAX_TEXT) {
            throw new IllegalArgumentException("Keep the outcome to at most " + MAX_TEXT + " characters");
        }
        host.data().inTransaction(dsl -> {
            dsl.update(SESSION).set(STATUS, StoredSession.Status.FINISHED.name())
                    .set(FINISHED_AT, now()).setNull(JOIN_CODE).where(ID.eq(sessionId)).execute();
            Scorecard card = scorecard(dsl, sessionId, review.scenario());
            storeResult(dsl, sessionId, ending, card);
            audit("TRAINING_LIVE_FINISHED", sessionId, "{\"status\":\"" + review.session().status() + "\"}",
                    resultJson(review.session().scenarioKey(), card));
        });
    }

    /** A trainer's comment on a call, on one turn of its transcript or on the whole call (turn null). */
    void comment(long sessionId, Integer turn, String text) {
        UserRef trainer = require(Role.TRAINER);
        StoredSession session = session(sessionId);
        if (!isTrainerOf(trainer, session) && !SessionAccess.canView(trainer, session)) {
            throw new SecurityException("You may not comment on this session");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > MAX_TEXT) {
            throw new IllegalArgumentException("Write a comment of 1 to " + MAX_TEXT + " characters");
        }
        host.data().inTransaction(dsl -> {
            dsl.insertInto(COMMENT).set(SESSION_ID, sessionId).set(TURN_NO, turn)
                    .set(AUTHOR_USERNAME, trainer.username()).set(AUTHOR_NAME, trainer.displayName()).set(BODY, body)
                    .set(CREATED_AT, now()).execute();
            audit("TRAINING_COMMENT_ADDED", sessionId, null, "{\"turn\":" + turn + "}");
        });
    }

    /** The current trainee's calls, newest first. */
    List<StoredSession> mine() {
        UserRef trainee = require(Role.TRAINEE);
        return sessions(TRAINEE_ID.eq(trainee.id()));
    }

    /** The calls the current trainer may review, newest first. */
    List<StoredSession> visibleToTrainer() {
        UserRef trainer = require(Role.TRAINER);
        Condition condition = TRAINER_ID.eq(trainer.id());
        if (trainer.teamIds().isEmpty()) {
            condition = condition.or(TRAINEE_ID.isNotNull());
        }
        for (long team : trainer.teamIds()) {
            condition = condition.or(TRAINEE_TEAMS.contains("," + team + ","));
        }
        return sessions(condition);
    }

    /** A call with its transcript, scorecard and comments, if the current user may see it. */
    Review review(long sessionId) {
        UserRef user = host.currentUser().require();
        StoredSession session = session(sessionId);
        if (!SessionAccess.canView(user, session) && !isTrainerOf(user, session)) {
            throw new SecurityException("You may not see this session");
        }
        return reviewOf(session);
    }

    /** For the live screens' refresh after an update pushed by the other side (their access was checked on entry). */
    Review reviewOf(long sessionId) {
        return reviewOf(session(sessionId));
    }

    private Review reviewOf(StoredSession session) {
        DSLContext dsl = host.data().dsl();
        Scenario scenario = scenarioOf(dsl, session.id());
        List<Turn> turns = dsl.select(TURN_NO, SPEAKER, BODY, NODE).from(TURN).where(SESSION_ID.eq(session.id()))
                .orderBy(TURN_NO).fetch(r -> new Turn(r.get(TURN_NO), Speaker.valueOf(r.get(SPEAKER)), r.get(BODY),
                        r.get(NODE)));
        List<Comment> comments = dsl.select(TURN_NO, AUTHOR_NAME, BODY, CREATED_AT).from(COMMENT)
                .where(SESSION_ID.eq(session.id())).orderBy(ID)
                .fetch(r -> new Comment(r.get(TURN_NO), r.get(AUTHOR_NAME), r.get(BODY), r.get(CREATED_AT)));
        return new Review(session, scenario, turns, scorecard(dsl, session.id(), scenario), comments);
    }

    StoredSession session(long sessionId) {
        List<StoredSession> found = sessions(ID.eq(sessionId));
        if (found.isEmpty()) {
            throw new IllegalArgumentException("That training session does not exist");
        }
        return found.getFirst();
    }

    private List<StoredSession> sessions(Condition condition) {
        return host.data().dsl().select(ID, SCENARIO_KEY, SCENARIO_TITLE, MODE, STATUS, TRAINEE_ID, TRAINEE_USERNAME,
                        TRAINEE_NAME, TRAINEE_TEAMS, TRAINER_ID, TRAINER_USERNAME, TRAINER_NAME, JOIN_CODE, ENDING, POINTS,
                        MAX_POINTS, SCORE_SCALED, PASSED, STARTED_AT, FINISHED_AT)
                .from(SESSION).where(condition).orderBy(ID.desc()).limit(LIST_LIMIT)
                .fetch(r -> new StoredSession(r.get(ID), r.get(SCENARIO_KEY), r.get(SCENARIO_TITLE),
                        StoredSession.Mode.valueOf(r.get(MODE)), StoredSession.Status.valueOf(r.get(STATUS)),
                        r.get(TRAINEE_ID), r.get(TRAINEE_USERNAME), r.get(TRAINEE_NAME), teams(r.get(TRAINEE_TEAMS)),
                        r.get(TRAINER_ID), r.get(TRAINER_USERNAME), r.get(TRAINER_NAME), r.get(JOIN_CODE), r.get(ENDING),
                        r.get(POINTS), r.get(MAX_POINTS), r.get(SCORE_SCALED), r.get(PASSED), r.get(STARTED_AT),
                        r.get(FINISHED_AT)));
    }

    private Scenario scenarioOf(DSLContext dsl, long sessionId) {
        String source = dsl.select(SCENARIO_SOURCE).from(SESSION).where(ID.eq(sessionId)).fetchOne(SCENARIO_SOURCE);
        return ScenarioCheck.check(source).scenario()
                .orElseThrow(() -> new IllegalStateException("The stored scenario of session " + sessionId + " is invalid"));
    }

    /** Scripted moments, except for items a trainer scored: there the trainer's marks count. */
    private static Scorecard scorecard(DSLContext dsl, long sessionId, Scenario scenario) {
        List<Record> rows = new ArrayList<>(dsl.select(ITEM_KEY, EARNED, REASON, TURN_NO, MOMENT_SOURCE).from(MOMENT)
                .where(SESSION_ID.eq(sessionId)).orderBy(ID).fetch());
        Set<String> scoredByTrainer = rows.stream().filter(r -> r.get(MOMENT_SOURCE).equals("TRAINER"))
                .map(r -> r.get(ITEM_KEY)).collect(Collectors.toSet());
        List<Moment> moments = rows.stream()
                .filter(r -> r.get(MOMENT_SOURCE).equals("TRAINER") || !scoredByTrainer.contains(r.get(ITEM_KEY)))
                .map(r -> new Moment(r.get(ITEM_KEY), r.get(EARNED), r.get(REASON), r.get(TURN_NO))).toList();
        return Scorecard.of(scenario, moments);
    }

    private long insertSession(DSLContext dsl, ScenarioLibrary.Entry entry, StoredSession.Mode mode,
                               StoredSession.Status status, UserRef trainee, UserRef trainer, String code) {
        return dsl.insertInto(SESSION).set(SCENARIO_KEY, entry.key()).set(SCENARIO_TITLE, entry.scenario().title())
                .set(SCENARIO_SOURCE, entry.source()).set(MODE, mode.name()).set(STATUS, status.name())
                .set(TRAINEE_ID, trainee == null ? null : trainee.id())
                .set(TRAINEE_USERNAME, trainee == null ? null : trainee.username())
                .set(TRAINEE_NAME, trainee == null ? null : trainee.displayName())
                .set(TRAINEE_TEAMS, trainee == null ? null : teams(trainee.teamIds()))
                .set(TRAINER_ID, trainer == null ? null : trainer.id())
                .set(TRAINER_USERNAME, trainer == null ? null : trainer.username())
                .set(TRAINER_NAME, trainer == null ? null : trainer.displayName())
                .set(JOIN_CODE, code).set(STARTED_AT, now())
                .set(FINISHED_AT, status == StoredSession.Status.FINISHED ? now() : null)
                .returningResult(ID).fetchOne(ID);
    }

    private void insertTurn(DSLContext dsl, long sessionId, Turn turn) {
        dsl.insertInto(TURN).set(SESSION_ID, sessionId).set(TURN_NO, turn.number()).set(SPEAKER, turn.speaker().name())
                .set(BODY, turn.text()).set(NODE, turn.node()).set(SAID_AT, now()).execute();
    }

    private static void insertMoment(DSLContext dsl, long sessionId, Moment moment, String source, String scoredBy) {
        dsl.insertInto(MOMENT).set(SESSION_ID, sessionId).set(ITEM_KEY, moment.item()).set(EARNED, moment.earned())
                .set(REASON, moment.reason()).set(TURN_NO, moment.turn()).set(MOMENT_SOURCE, source)
                .set(SCORED_BY, scoredBy).execute();
    }

    private static void storeResult(DSLContext dsl, long sessionId, String ending, Scorecard card) {
        dsl.update(SESSION).set(ENDING, ending).set(POINTS, card.points()).set(MAX_POINTS, card.maxPoints())
                .set(SCORE_SCALED, card.scaled()).set(PASSED, card.passed()).where(ID.eq(sessionId)).execute();
    }

    private static String resultJson(String scenarioKey, Scorecard card) {
        return "{\"scenario\":\"" + scenarioKey + "\",\"points\":" + card.points() + ",\"max\":" + card.maxPoints()
                + ",\"passed\":" + card.passed() + "}";
    }

    private void audit(String action, long sessionId, String before, String after) {
        host.audit().record(new AuditEntry(action, "negotiation_trainer_session", String.valueOf(sessionId), before, after));
    }

    private UserRef require(Role role) {
        UserRef user = host.currentUser().require();
        if (!user.hasRole(role)) {
            throw new SecurityException("Only a " + role.label().toLowerCase(java.util.Locale.ROOT) + " may do this");
        }
        return user;
    }

    private static boolean isTrainerOf(UserRef user, StoredSession session) {
        return user.hasRole(Role.TRAINER) && session.trainerId() != null && session.trainerId() == user.id();
    }

    private static boolean isTraineeOf(UserRef user, StoredSession session) {
        return user.hasRole(Role.TRAINEE) && session.traineeId() != null && session.traineeId() == user.id();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(host.clock().withZone(ZoneOffset.UTC));
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }

    private static String teams(Set<Long> teamIds) {
        return teamIds.isEmpty() ? "," : "," + teamIds.stream().sorted().map(String::valueOf)
                .collect(Collectors.joining(",")) + ",";
    }

    private static Set<Long> teams(String stored) {
        if (stored == null) {
            return Set.of();
        }
        return Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).map(Long::valueOf).collect(Collectors.toSet());
    }
}
