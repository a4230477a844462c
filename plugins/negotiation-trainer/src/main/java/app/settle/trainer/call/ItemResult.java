package app.settle.trainer.call;

import app.settle.trainer.scenario.RubricItem;
import java.util.List;

/**
 * How the call did on one rubric item. Earned when some moment earned it and none lost it; a single losing moment
 * (a threat, a disclosure to a third party) costs the whole item; never shown earns nothing.
 */
public record ItemResult(RubricItem item, Status status, List<Moment> moments) {

    public enum Status {
        EARNED("Earned"), LOST("Lost"), NOT_SHOWN("Not shown");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ItemResult {
        moments = List.copyOf(moments);
    }

    public int points() {
        return status == Status.EARNED ? item.points() : 0;
    }
}
