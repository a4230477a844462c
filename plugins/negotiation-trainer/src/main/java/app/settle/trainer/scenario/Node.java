package app.settle.trainer.scenario;

import java.util.List;

/**
 * A point of the call: what the debtor says, the cue a live trainer sees, and either the collector's choices or,
 * for an ending, the outcome.
 */
public record Node(String id, String debtorLine, String cue, List<Choice> choices, String ending, int line) {
    public Node {
        choices = List.copyOf(choices);
    }

    public boolean isEnding() {
        return ending != null;
    }
}
