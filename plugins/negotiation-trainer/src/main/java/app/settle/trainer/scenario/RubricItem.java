package app.settle.trainer.scenario;

/**
 * One line of a scenario's scorecard.
 *
 * @param key      the short name choices refer to ({@code +key:} earns it, {@code -key:} loses it)
 * @param label    what a reviewer checks, e.g. "Mini-Miranda disclosure given"
 * @param points   what the item is worth when earned (1 to 10)
 * @param critical a lost critical item fails the whole call, whatever the total (QA critical-fail items)
 * @param line     where the item is declared
 */
public record RubricItem(String key, String label, int points, boolean critical, int line) {
}
