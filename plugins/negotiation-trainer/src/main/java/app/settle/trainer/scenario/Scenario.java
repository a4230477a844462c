package app.settle.trainer.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated call simulation: persona, account facts, difficulty, the branching dialogue and its rubric. Built
 * only by {@link ScenarioCheck}, so every target exists, every node can be reached and every path can end.
 *
 * @param nodes by id, in file order
 */
public record Scenario(String id, String title, Difficulty difficulty, String summary, Persona persona,
                       List<String> accountFacts, List<RubricItem> rubric, String start, Map<String, Node> nodes) {

    public Scenario {
        accountFacts = List.copyOf(accountFacts);
        rubric = List.copyOf(rubric);
        nodes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(nodes));
    }

    public Node node(String nodeId) {
        Node node = nodes.get(nodeId);
        if (node == null) {
            throw new IllegalArgumentException("This scenario has no node '" + nodeId + "'");
        }
        return node;
    }

    public Optional<RubricItem> rubricItem(String key) {
        return rubric.stream().filter(item -> item.key().equals(key)).findFirst();
    }

    public int maxPoints() {
        return rubric.stream().mapToInt(RubricItem::points).sum();
    }
}
