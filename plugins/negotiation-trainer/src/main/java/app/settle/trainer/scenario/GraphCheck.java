package app.settle.trainer.scenario;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dialogue graph and the rubric of a syntactically sound scenario: the start and every choice lead to a node
 * that exists, every node can be reached from the start, every node either ends the call or offers a choice, an
 * ending can be reached from every reachable node (a loop must have a way out), endings offer no choices, marks
 * name rubric items, and every rubric item can be earned by some choice.
 */
final class GraphCheck {

    private final ScenarioParser.Draft draft;
    private final List<Problem> problems = new ArrayList<>();

    GraphCheck(ScenarioParser.Draft draft) {
        this.draft = draft;
    }

    List<Problem> problems() {
        if (!draft.nodes.containsKey(draft.start)) {
            problems.add(new Problem(draft.startLine, "the start node '" + draft.start + "' does not exist"));
        }
        checkNodes();
        checkRubric();
        if (draft.nodes.containsKey(draft.start)) {
            checkReachability(problems.isEmpty());
        }
        return problems;
    }

    private void checkNodes() {
        boolean anyEnding = false;
        for (ScenarioParser.NodeDraft node : draft.nodes.values()) {
            anyEnding |= node.ending != null;
            if (node.ending != null && !node.choices.isEmpty()) {
                problems.add(new Problem(node.endLine, "node '" + node.id + "' ends the call and also offers choices:"
                        + " keep one of the two"));
            }
            if (node.ending == null && node.choices.isEmpty()) {
                problems.add(new Problem(node.line, "node '" + node.id + "' is a dead end: it has no choices and no"
                        + " 'end:' line"));
            }
            for (ScenarioParser.ChoiceDraft choice : node.choices) {
                if (choice.target != null && !draft.nodes.containsKey(choice.target)) {
                    problems.add(new Problem(choice.line, "the choice leads to '" + choice.target
                            + "', which is not a node of this scenario"));
                }
                for (Mark mark : choice.marks) {
                    if (draft.rubric.stream().noneMatch(item -> item.key().equals(mark.item()))) {
                        problems.add(new Problem(mark.line(), "'" + mark.item() + "' is not a rubric item of this"
                                + " scenario"));
                    }
                }
            }
        }
        if (!anyEnding && !draft.nodes.isEmpty()) {
            problems.add(new Problem(0, "The scenario has no ending: add a node with an 'end:' line"));
        }
    }

    private void checkRubric() {
        Set<String> earnable = new HashSet<>();
        draft.nodes.values().forEach(node -> node.choices.forEach(choice -> choice.marks.stream()
                .filter(Mark::earned).forEach(mark -> earnable.add(mark.item()))));
        for (RubricItem item : draft.rubric) {
            if (!earnable.contains(item.key())) {
                problems.add(new Problem(item.line(), "rubric item '" + item.key() + "' is never scored: no choice"
                        + " earns it (add '+" + item.key() + ": why' under a choice)"));
            }
        }
    }

    /** Unreachable nodes always; loops without an exit only when every target exists (else they are noise). */
    private void checkReachability(boolean graphComplete) {
        Set<String> reachable = reach(draft.start, successors());
        for (ScenarioParser.NodeDraft node : draft.nodes.values()) {
            if (!reachable.contains(node.id)) {
                problems.add(new Problem(node.line, "node '" + node.id + "' can never be reached from the start '"
                        + draft.start + "'"));
            }
        }
        if (!graphComplete) {
            return;
        }
        Map<String, List<String>> predecessors = new HashMap<>();
        successors().forEach((from, tos) -> tos.forEach(to -> predecessors.computeIfAbsent(to, k -> new ArrayList<>())
                .add(from)));
        Set<String> canEnd = new HashSet<>();
        draft.nodes.values().stream().filter(node -> node.ending != null)
                .forEach(node -> canEnd.addAll(reach(node.id, predecessors)));
        for (ScenarioParser.NodeDraft node : draft.nodes.values()) {
            if (reachable.contains(node.id) && !canEnd.contains(node.id)) {
                problems.add(new Problem(node.line, "from node '" + node.id + "' no ending can be reached: a loop with"
                        + " no way out"));
            }
        }
    }

    private Map<String, List<String>> successors() {
        Map<String, List<String>> successors = new HashMap<>();
        draft.nodes.values().forEach(node -> successors.put(node.id,
                node.choices.stream().map(choice -> choice.target).toList()));
        return successors;
    }

    private static Set<String> reach(String from, Map<String, List<String>> edges) {
        Set<String> seen = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(from));
        while (!next.isEmpty()) {
            String id = next.pop();
            if (seen.add(id)) {
                next.addAll(edges.getOrDefault(id, List.of()));
            }
        }
        return seen;
    }
}
