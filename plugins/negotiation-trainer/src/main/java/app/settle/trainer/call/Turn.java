package app.settle.trainer.call;

/**
 * One line of a transcript, numbered from 1 in the order said.
 *
 * @param node the scenario node the line belongs to, or null for free talk in a live session
 */
public record Turn(int number, Speaker speaker, String text, String node) {
}
