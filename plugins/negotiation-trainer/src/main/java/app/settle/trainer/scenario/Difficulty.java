package app.settle.trainer.scenario;

/** How hard a scenario is for a trainee; written in lower case in scenario files. */
public enum Difficulty {
    EASY("Easy"), MEDIUM("Medium"), HARD("Hard");

    private final String label;

    Difficulty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
