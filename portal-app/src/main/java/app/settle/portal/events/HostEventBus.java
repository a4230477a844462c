package app.settle.portal.events;

import app.settle.api.HostEvents;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The host's synchronous event bus. Each subscription records its owner (the host or a plugin id) so
 * that a plugin's listeners can be removed when it stops, and a failing listener is logged against its
 * owner without stopping the others.
 */
@Service
public class HostEventBus {

    private static final Logger log = LoggerFactory.getLogger(HostEventBus.class);

    private final List<Listener<?>> listeners = new CopyOnWriteArrayList<>();

    public void publish(Object event) {
        for (Listener<?> listener : listeners) {
            listener.deliver(event);
        }
    }

    /**
     * Publishes once the current transaction commits (and never if it rolls back), or at once when no
     * transaction is active: listeners must only hear of changes that happened.
     */
    public void publishAfterCommit(Object event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            publish(event);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                publish(event);
            }
        });
    }

    /** The bus as one owner sees it: its subscriptions are tagged with {@code owner}. */
    public HostEvents forOwner(String owner) {
        return new HostEvents() {
            @Override
            public void publish(Object event) {
                HostEventBus.this.publish(event);
            }

            @Override
            public <E> Subscription subscribe(Class<E> type, Consumer<? super E> consumer) {
                Listener<E> listener = new Listener<>(owner, type, consumer);
                listeners.add(listener);
                return () -> listeners.remove(listener);
            }
        };
    }

    /** Removes every subscription of one owner, e.g. when a plugin stops. */
    public void unsubscribeAll(String owner) {
        listeners.removeIf(listener -> listener.owner.equals(owner));
    }

    public int subscriptionCount(String owner) {
        return (int) listeners.stream().filter(listener -> listener.owner.equals(owner)).count();
    }

    private record Listener<E>(String owner, Class<E> type, Consumer<? super E> consumer) {
        void deliver(Object event) {
            if (!type.isInstance(event)) {
                return;
            }
            try {
                consumer.accept(type.cast(event));
            } catch (RuntimeException | LinkageError e) {
                log.error("Event listener of {} failed on {}", owner, event.getClass().getName(), e);
            }
        }
    }
}
