package app.settle.trainer.scenario;

import java.util.List;

/**
 * Something the collector can say at a node, and where the call goes next. A free-text choice lets the trainee
 * type their own words instead of picking a line; its text is the prompt shown next to the field.
 */
public record Choice(String text, String target, boolean freeText, List<Mark> marks, int line) {
    public Choice {
        marks = List.copyOf(marks);
    }
}
