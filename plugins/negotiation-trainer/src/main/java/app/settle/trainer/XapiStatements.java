package app.settle.trainer;

import app.settle.trainer.call.ItemResult;
import app.settle.trainer.call.Scorecard;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Finished calls as xAPI 1.0.3 statements for a learning record store: the trainee (actor, an account on the
 * portal) passed or failed (verb) the scenario (object, a simulation activity), with the score (raw points, scaled,
 * success, completion, duration) and, in context, the session as registration, the trainer as instructor for live
 * calls and each rubric item's result as an extension. Statement ids are derived from the session id, so exporting
 * twice sends the same statements (an LRS ignores a repeated id).
 */
final class XapiStatements {

    static final String ACTIVITY_BASE = "https://settle.app/xapi/scenarios/";
    static final String RUBRIC_EXTENSION = "https://settle.app/xapi/extensions/rubric";
    private static final String VERB_BASE = "http://adlnet.gov/expapi/verbs/";

    private XapiStatements() {
    }

    /** A statement for each finished session (others are left out), as a JSON array. */
    static String export(String homePage, List<SessionStore.Review> reviews) {
        List<Object> statements = new ArrayList<>();
        for (SessionStore.Review review : reviews) {
            if (review.session().finished() && review.session().traineeUsername() != null) {
                statements.add(statement(homePage, review));
            }
        }
        return Json.write(statements);
    }

    static Map<String, Object> statement(String homePage, SessionStore.Review review) {
        StoredSession session = review.session();
        Scorecard card = review.scorecard();
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("id", uuid("statement-" + session.id()).toString());
        statement.put("actor", agent(homePage, session.traineeUsername(), session.traineeName()));
        String verb = card.passed() ? "passed" : "failed";
        statement.put("verb", Map.of("id", VERB_BASE + verb, "display", Map.of("en-US", verb)));
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("name", Map.of("en-US", session.scenarioTitle()));
        definition.put("type", "http://adlnet.gov/expapi/activities/simulation");
        statement.put("object", Map.of("objectType", "Activity", "id", ACTIVITY_BASE + session.scenarioKey(),
                "definition", definition));
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("scaled", card.scaled());
        score.put("raw", card.points());
        score.put("min", 0);
        score.put("max", card.maxPoints());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("score", score);
        result.put("success", card.passed());
        result.put("completion", true);
        if (session.finishedAt() != null) {
            result.put("duration", Duration.between(session.startedAt(), session.finishedAt()).withNanos(0).toString());
        }
        result.put("response", session.ending());
        statement.put("result", result);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("registration", uuid("session-" + session.id()).toString());
        if (session.mode() == StoredSession.Mode.LIVE && session.trainerUsername() != null) {
            context.put("instructor", agent(homePage, session.trainerUsername(), session.trainerName()));
        }
        Map<String, Object> rubric = new LinkedHashMap<>();
        for (ItemResult item : card.items()) {
            rubric.put(item.item().key(), item.status().name().toLowerCase(java.util.Locale.ROOT));
        }
        context.put("extensions", Map.of(RUBRIC_EXTENSION, rubric));
        statement.put("context", context);
        statement.put("timestamp", (session.finishedAt() == null ? session.startedAt() : session.finishedAt())
                .atOffset(ZoneOffset.UTC).toString());
        return statement;
    }

    private static Map<String, Object> agent(String homePage, String username, String name) {
        Map<String, Object> agent = new LinkedHashMap<>();
        agent.put("objectType", "Agent");
        agent.put("name", name == null ? username : name);
        agent.put("account", Map.of("homePage", homePage, "name", username));
        return agent;
    }

    private static UUID uuid(String seed) {
        return UUID.nameUUIDFromBytes(("settle-negotiation-trainer-" + seed).getBytes(StandardCharsets.UTF_8));
    }
}
