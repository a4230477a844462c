package app.settle.trainer.scenario;

/**
 * The debtor a scenario plays: who they are, how they behave, what is going on in their life and what they can
 * really pay (shown to trainers, hidden from trainees until the scorecard).
 */
public record Persona(String name, String temperament, String situation, String canPay) {
}
