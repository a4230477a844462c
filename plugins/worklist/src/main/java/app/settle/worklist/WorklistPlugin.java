package app.settle.worklist;

import app.settle.api.HostEvents;
import app.settle.api.SettlePlugin;
import app.settle.api.core.AccountEvent;
import java.util.Optional;

/**
 * The worklist plugin: queues, an explainable score and the collector's worklist. On start it subscribes to account
 * events and starts its {@link WorklistJobs} (recomputation on account events, for new placements and nightly; they
 * also give teams without a queue a starter queue), unless {@code settle.plugins.worklist.background-jobs=false}
 * (for all portal nodes but one, or for tests that recompute on purpose). On stop it ends both.
 */
public class WorklistPlugin extends SettlePlugin {

    private WorklistJobs jobs;
    private HostEvents.Subscription subscription;

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/worklist/changelog.xml");
    }

    @Override
    public void start() {
        boolean background = Boolean.parseBoolean(host().settings().get("background-jobs", "true").strip());
        WorklistJobs started = background ? new WorklistJobs(host()) : null;
        ContactEffects effects = new ContactEffects(host());
        subscription = host().events().subscribe(AccountEvent.class, event -> {
            if (event instanceof AccountEvent.ContactLogged contact) {
                effects.apply(contact);
            }
            if (started != null) {
                started.changed(event.accountId());
            }
        });
        if (started != null) {
            started.start();
        }
        jobs = started;
    }

    @Override
    public void stop() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        if (jobs != null) {
            jobs.stop();
            jobs = null;
        }
    }
}
