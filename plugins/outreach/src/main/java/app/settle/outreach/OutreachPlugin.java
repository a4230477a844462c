package app.settle.outreach;

import app.settle.api.HostEvents;
import app.settle.api.SettlePlugin;
import app.settle.api.core.AccountEvent;
import java.util.Optional;

/**
 * The outreach plugin. Its tables come from {@code db/outreach/changelog.xml}. While started it listens to account
 * events that start event cadences ({@link EventEnrolment}) and runs the cadence job ({@link CadenceJob}); its screens,
 * channels (email over SMTP, letters to print) and opt-out page work from the host context per call.
 */
public class OutreachPlugin extends SettlePlugin {

    private static final System.Logger LOG = System.getLogger(OutreachPlugin.class.getName());

    private HostEvents.Subscription events;
    private CadenceJob job;

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/outreach/changelog.xml");
    }

    @Override
    public void start() {
        EventEnrolment enrolment = new EventEnrolment(host());
        events = host().events().subscribe(AccountEvent.class, event -> {
            try {
                enrolment.on(event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "Outreach: enrolling account " + event.accountId() + " failed", e);
            }
        });
        job = CadenceJob.start(host());
    }

    @Override
    public void stop() {
        if (events != null) {
            events.close();
        }
        if (job != null) {
            job.close();
        }
    }
}
