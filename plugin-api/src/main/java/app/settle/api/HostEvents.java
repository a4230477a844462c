package app.settle.api;

import java.util.function.Consumer;

/**
 * Domain events between the host and plugins. Listeners run synchronously on the publisher's thread,
 * after each other; a listener that throws is logged and reported against its plugin, and the others
 * still run. A plugin's subscriptions end when it stops.
 */
public interface HostEvents {

    void publish(Object event);

    /** Listens to events of this type and its subtypes until the returned subscription is closed. */
    <E> Subscription subscribe(Class<E> type, Consumer<? super E> listener);

    /** A registered listener; closing it twice is harmless. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
