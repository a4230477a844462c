package app.settle.plugins.disputes;

import app.settle.api.SettlePlugin;
import java.util.Optional;

/**
 * The disputes plugin: its tables come from {@code db/disputes/changelog.xml}; its screens are the dispute queue
 * ({@link DisputesView}), the account panel ({@link DisputesPanel}) and the Home widget ({@link DisputesWidget}),
 * all built per request from the host context, so the plugin keeps no state between requests.
 */
public class DisputesPlugin extends SettlePlugin {

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/disputes/changelog.xml");
    }
}
