package app.settle.trainer.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The syntax of a scenario file (documented in {@code training-content/README.md}): a header of
 * {@code key: value} lines, then nodes that start with {@code [node-id]}. Collects every syntax problem with its
 * line instead of stopping at the first; the graph is checked afterwards by {@link GraphCheck}.
 */
final class ScenarioParser {

    private static final String ARROW = "->";

    private final String[] lines;
    private final List<Problem> problems = new ArrayList<>();
    private final Draft draft = new Draft();
    private NodeDraft node;
    private ChoiceDraft choice;

    ScenarioParser(String text) {
        this.lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    }

    List<Problem> problems() {
        return problems;
    }

    Draft parse() {
        if (lines.length > Limits.MAX_LINES) {
            problems.add(new Problem(0, "The scenario file has " + lines.length + " lines; at most "
                    + Limits.MAX_LINES + " are allowed"));
            return draft;
        }
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            parseLine(i + 1, line, raw.length() > 0 && Character.isWhitespace(raw.charAt(0)));
        }
        requireHeader();
        return draft;
    }

    private void parseLine(int number, String line, boolean indented) {
        if (line.startsWith("[")) {
            startNode(number, line);
            return;
        }
        if ((line.startsWith("+") || line.startsWith("-")) && indented) {
            mark(number, line);
            return;
        }
        int colon = line.indexOf(':');
        if (colon <= 0) {
            problems.add(new Problem(number, "expected 'key: value', '[node-id]' or an indented '+item: reason'"
                    + " line, found '" + shorten(line) + "'"));
            return;
        }
        String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = line.substring(colon + 1).strip();
        String textProblem = Limits.textProblem(value);
        if (textProblem != null) {
            problems.add(new Problem(number, textProblem));
        }
        if (node == null) {
            header(number, key, value);
        } else {
            nodeLine(number, key, value);
        }
    }

    private void header(int number, String key, String value) {
        switch (key) {
            case "id" -> draft.id = id(number, value, "scenario id");
            case "title" -> draft.title = required(number, key, value);
            case "summary" -> draft.summary = required(number, key, value);
            case "difficulty" -> difficulty(number, value);
            case "persona.name" -> draft.personaName = required(number, key, value);
            case "persona.temperament" -> draft.temperament = required(number, key, value);
            case "persona.situation" -> draft.situation = required(number, key, value);
            case "persona.can-pay" -> draft.canPay = required(number, key, value);
            case "account" -> draft.accountFacts.add(required(number, key, value));
            case "rubric" -> rubric(number, value);
            case "start" -> {
                draft.start = id(number, value, "start node");
                draft.startLine = number;
            }
            default -> problems.add(new Problem(number, "unknown header key '" + shorten(key) + "' (allowed: id, title,"
                    + " summary, difficulty, persona.name, persona.temperament, persona.situation, persona.can-pay,"
                    + " account, rubric, start)"));
        }
    }

    private void nodeLine(int number, String key, String value) {
        choice = key.equals("choice") || key.equals("free") ? choice : null;
        switch (key) {
            case "debtor" -> {
                if (node.debtorLine != null) {
                    problems.add(new Problem(number, "node '" + node.id + "' already has a debtor line"));
                }
                node.debtorLine = required(number, key, value);
            }
            case "cue" -> node.cue = required(number, key, value);
            case "end" -> {
                if (node.ending != null) {
                    problems.add(new Problem(number, "node '" + node.id + "' already has an 'end:' line"));
                }
                node.ending = required(number, key, value);
                node.endLine = number;
            }
            case "choice", "free" -> choice(number, key.equals("free"), value);
            default -> problems.add(new Problem(number, "unknown node key '" + shorten(key)
                    + "' (allowed: debtor, cue, choice, free, end)"));
        }
    }

    private void startNode(int number, String line) {
        choice = null;
        if (!line.endsWith("]")) {
            problems.add(new Problem(number, "a node starts with '[node-id]'; this line has no closing ']'"));
            node = new NodeDraft("?", number);
            return;
        }
        String nodeId = id(number, line.substring(1, line.length() - 1).strip(), "node id");
        node = new NodeDraft(nodeId == null ? "?" : nodeId, number);
        if (nodeId == null) {
            return;
        }
        if (draft.nodes.containsKey(nodeId)) {
            problems.add(new Problem(number, "node '" + nodeId + "' is defined twice (first on line "
                    + draft.nodes.get(nodeId).line + ")"));
            return;
        }
        if (draft.nodes.size() >= Limits.MAX_NODES) {
            problems.add(new Problem(number, "too many nodes: at most " + Limits.MAX_NODES + " are allowed"));
            return;
        }
        draft.nodes.put(nodeId, node);
    }

    private void choice(int number, boolean freeText, String value) {
        int arrow = value.lastIndexOf(ARROW);
        if (arrow < 0) {
            problems.add(new Problem(number, "a choice needs a target: 'choice: what the collector says -> node-id'"));
            choice = null;
            return;
        }
        String text = value.substring(0, arrow).strip();
        String target = id(number, value.substring(arrow + ARROW.length()).strip(), "choice target");
        if (text.isEmpty()) {
            problems.add(new Problem(number, freeText ? "a free-text choice needs a prompt before '->'"
                    : "a choice needs the collector's words before '->'"));
        }
        if (node.choices.size() >= Limits.MAX_CHOICES) {
            problems.add(new Problem(number, "node '" + node.id + "' has more than " + Limits.MAX_CHOICES + " choices"));
        }
        choice = new ChoiceDraft(text, target, freeText, number);
        node.choices.add(choice);
    }

    private void mark(int number, String line) {
        if (choice == null) {
            problems.add(new Problem(number, "a '+item:' or '-item:' line must follow a 'choice:' or 'free:' line"));
            return;
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
            problems.add(new Problem(number, "write a mark as '+item: why' or '-item: why'"));
            return;
        }
        String item = line.substring(1, colon).strip();
        String reason = line.substring(colon + 1).strip();
        String textProblem = Limits.textProblem(reason);
        if (textProblem != null) {
            problems.add(new Problem(number, textProblem));
            return;
        }
        if (reason.isEmpty()) {
            problems.add(new Problem(number, "say why the choice " + (line.startsWith("+") ? "earns" : "loses")
                    + " '" + shorten(item) + "': the scorecard shows it to the trainee"));
            return;
        }
        choice.marks.add(new Mark(item, line.startsWith("+"), reason, number));
    }

    private void rubric(int number, String value) {
        String[] parts = value.split("\\|", -1);
        if (parts.length < 3 || parts.length > 4) {
            problems.add(new Problem(number, "write a rubric item as 'rubric: key | points | what is checked'"
                    + " with an optional '| critical'"));
            return;
        }
        String key = id(number, parts[0].strip(), "rubric key");
        int points;
        try {
            points = Integer.parseInt(parts[1].strip());
        } catch (NumberFormatException e) {
            problems.add(new Problem(number, "rubric points must be a whole number, found '" + shorten(parts[1].strip())
                    + "'"));
            return;
        }
        if (points < 1 || points > Limits.MAX_POINTS) {
            problems.add(new Problem(number, "rubric points must be between 1 and " + Limits.MAX_POINTS));
            return;
        }
        boolean critical = parts.length == 4 && parts[3].strip().equals("critical");
        if (parts.length == 4 && !critical) {
            problems.add(new Problem(number, "the fourth part of a rubric item can only be 'critical'"));
        }
        String label = required(number, "rubric label", parts[2].strip());
        if (key == null || label == null) {
            return;
        }
        if (draft.rubric.stream().anyMatch(item -> item.key().equals(key))) {
            problems.add(new Problem(number, "rubric item '" + key + "' is declared twice"));
            return;
        }
        if (draft.rubric.size() >= Limits.MAX_RUBRIC_ITEMS) {
            problems.add(new Problem(number, "at most " + Limits.MAX_RUBRIC_ITEMS + " rubric items are allowed"));
            return;
        }
        draft.rubric.add(new RubricItem(key, label, points, critical, number));
    }

    private void difficulty(int number, String value) {
        try {
            draft.difficulty = Difficulty.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(number, "difficulty must be easy, medium or hard, found '" + shorten(value) + "'"));
        }
    }

    private String id(int number, String value, String what) {
        if (!Limits.ID.matcher(value).matches()) {
            problems.add(new Problem(number, what + " '" + shorten(value) + "' must be 1 to 40 lower-case letters,"
                    + " digits or '-'"));
            return null;
        }
        return value;
    }

    private String required(int number, String key, String value) {
        if (value.isEmpty()) {
            problems.add(new Problem(number, "'" + key + "' needs a value"));
            return null;
        }
        return value;
    }

    private void requireHeader() {
        record Required(String key, Object value) {
        }
        for (Required required : List.of(new Required("id", draft.id), new Required("title", draft.title),
                new Required("difficulty", draft.difficulty), new Required("persona.name", draft.personaName),
                new Required("persona.temperament", draft.temperament),
                new Required("persona.situation", draft.situation), new Required("persona.can-pay", draft.canPay),
                new Required("start", draft.start))) {
            if (required.value() == null && problems.stream().noneMatch(p -> p.message().contains(required.key()))) {
                problems.add(new Problem(0, "The header has no '" + required.key() + ":' line"));
            }
        }
        if (draft.rubric.isEmpty()) {
            problems.add(new Problem(0, "The scenario has no rubric: add at least one 'rubric:' line"));
        }
        if (draft.nodes.isEmpty()) {
            problems.add(new Problem(0, "The scenario has no nodes: add at least one '[node-id]' section"));
        }
        for (NodeDraft each : draft.nodes.values()) {
            if (each.debtorLine == null) {
                problems.add(new Problem(each.line, "node '" + each.id + "' has no 'debtor:' line"));
            }
        }
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** What the parser read, before the graph check. */
    static final class Draft {
        String id;
        String title;
        String summary;
        Difficulty difficulty;
        String personaName;
        String temperament;
        String situation;
        String canPay;
        String start;
        int startLine;
        final List<String> accountFacts = new ArrayList<>();
        final List<RubricItem> rubric = new ArrayList<>();
        final Map<String, NodeDraft> nodes = new LinkedHashMap<>();

        Scenario build() {
            Map<String, Node> built = new LinkedHashMap<>();
            for (NodeDraft each : nodes.values()) {
                built.put(each.id, new Node(each.id, each.debtorLine, each.cue,
                        each.choices.stream().map(c -> new Choice(c.text, c.target, c.freeText, c.marks, c.line)).toList(),
                        each.ending, each.line));
            }
            return new Scenario(id, title, difficulty, summary == null ? "" : summary,
                    new Persona(personaName, temperament, situation, canPay), accountFacts, rubric, start, built);
        }
    }

    static final class NodeDraft {
        final String id;
        final int line;
        String debtorLine;
        String cue;
        String ending;
        int endLine;
        final List<ChoiceDraft> choices = new ArrayList<>();

        NodeDraft(String id, int line) {
            this.id = id;
            this.line = line;
        }
    }

    static final class ChoiceDraft {
        final String text;
        final String target;
        final boolean freeText;
        final int line;
        final List<Mark> marks = new ArrayList<>();

        ChoiceDraft(String text, String target, boolean freeText, int line) {
            this.text = text;
            this.target = target;
            this.freeText = freeText;
            this.line = line;
        }
    }
}
