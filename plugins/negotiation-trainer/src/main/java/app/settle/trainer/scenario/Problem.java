package app.settle.trainer.scenario;

/**
 * Something wrong with a scenario file, at a line of it (1-based; 0 for the file as a whole). The message is
 * written for the trainer who edits the file.
 */
public record Problem(int line, String message) implements Comparable<Problem> {

    @Override
    public String toString() {
        return line > 0 ? "Line " + line + ": " + message : message;
    }

    @Override
    public int compareTo(Problem other) {
        return Integer.compare(line, other.line);
    }
}
