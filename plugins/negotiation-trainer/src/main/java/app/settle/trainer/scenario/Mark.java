package app.settle.trainer.scenario;

/**
 * What taking a choice does to a rubric item: earns it or loses it, and why (the "moment" a scorecard shows).
 */
public record Mark(String item, boolean earned, String reason, int line) {
}
