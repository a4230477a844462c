package app.settle.plugins.paymentplans;

import app.settle.api.HostEvents;
import app.settle.api.SettlePlugin;
import app.settle.api.core.AccountEvent;
import java.util.Optional;

/**
 * The payment plans plugin. Its tables come from {@code db/payment-plans/changelog.xml}. While started it
 * listens to posted payments ({@link Payments}) and runs the job that retries failed allocations and marks promises
 * kept or broken ({@link PromiseJob}); settings that are not valid are logged at start; its screens
 * (the account's negotiation panel, the approval queue, the Home widget) are built per request from the host
 * context, so it keeps no other state.
 */
public class PaymentPlansPlugin extends SettlePlugin {

    private static final System.Logger LOG = System.getLogger(PaymentPlansPlugin.class.getName());

    private HostEvents.Subscription payments;
    private PromiseJob job;

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/payment-plans/changelog.xml");
    }

    @Override
    public void start() {
        try {
            Guardrails.from(host().settings());
        } catch (PlanRefusedException e) {
            // the plugin still starts: every screen that needs the guardrails shows this message instead
            LOG.log(System.Logger.Level.ERROR, e.getMessage());
        }
        payments = host().events().subscribe(AccountEvent.PaymentApplied.class, new Payments(host())::on);
        job = PromiseJob.start(host());
    }

    @Override
    public void stop() {
        if (payments != null) {
            payments.close();
        }
        if (job != null) {
            job.close();
        }
    }
}
