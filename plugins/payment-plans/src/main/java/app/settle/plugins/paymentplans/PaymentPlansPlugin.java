package app.settle.plugins.paymentplans;

import app.settle.api.HostEvents;
import app.settle.api.SettlePlugin;
import app.settle.api.core.AccountEvent;
import java.util.Optional;

/**
 * The payment plans plugin. Its tables come from {@code db/payment-plans/changelog.xml}. While started it
 * listens to posted payments ({@link Payments}) and runs the kept/broken job ({@link PromiseJob}); its screens
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
        Payments allocation = new Payments(host());
        payments = host().events().subscribe(AccountEvent.PaymentApplied.class, event -> {
            try {
                allocation.on(event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "Payment plans: allocating " + event.paymentRef() + " failed", e);
            }
        });
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
