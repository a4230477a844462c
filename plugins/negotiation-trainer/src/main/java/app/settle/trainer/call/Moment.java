package app.settle.trainer.call;

/**
 * A moment that earned or lost a rubric item: which item, whether it was earned, why, and at which turn of the
 * transcript (0 when a trainer scored the item for the call as a whole).
 */
public record Moment(String item, boolean earned, String reason, int turn) {
}
