package app.settle.trainer.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and validates a scenario file: syntax first (with line numbers), then, when the syntax is sound, the
 * dialogue graph and the rubric. The one way to get a {@link Scenario}: what this refuses never reaches a
 * trainee, and a refusal never throws: it lists every problem found.
 */
public final class ScenarioCheck {

    private ScenarioCheck() {
    }

    /** The result of checking one file: a scenario when there is no problem, else the problems in line order. */
    public record Result(Optional<Scenario> scenario, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }

        /** The problems, one per line, for a screen or a test message. */
        public String report() {
            return String.join("\n", problems.stream().map(Problem::toString).toList());
        }
    }

    public static Result check(String text) {
        if (text == null || text.isBlank()) {
            return invalid(List.of(new Problem(0, "The scenario file is empty")));
        }
        if (text.length() > Limits.MAX_CHARS) {
            return invalid(List.of(new Problem(0, "The scenario file has " + text.length()
                    + " characters; at most " + Limits.MAX_CHARS + " are allowed")));
        }
        ScenarioParser parser = new ScenarioParser(text);
        ScenarioParser.Draft draft = parser.parse();
        List<Problem> problems = new ArrayList<>(parser.problems());
        if (problems.isEmpty()) {
            problems.addAll(new GraphCheck(draft).problems());
        }
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        return new Result(Optional.of(draft.build()), List.of());
    }

    private static Result invalid(List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(null);
        return new Result(Optional.empty(), sorted);
    }
}
