package app.settle.trainer;

import java.util.Optional;

/**
 * The negotiation trainer: call simulations built from the scenarios of {@code training-content/} (shipped in
 * this jar) and from those trainers write in the portal. On start it loads the shipped scenarios and makes the
 * {@link Training} services that its views use; on stop it closes every live room.
 */
public class TrainerPlugin extends app.settle.api.SettlePlugin {

    static final String ID = "negotiation-trainer";

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/negotiation-trainer/changelog.xml");
    }

    @Override
    public void start() {
        Training.start(host());
    }

    @Override
    public void stop() {
        Training.stop();
    }
}
