package app.settle.api;

/** What a person does in Settle; every view and action states which roles may use it. */
public enum Role {
    COLLECTOR("Collector"),
    SUPERVISOR("Supervisor"),
    TRAINER("Trainer"),
    TRAINEE("Trainee"),
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The role's name as people read it. */
    public String label() {
        return label;
    }
}
