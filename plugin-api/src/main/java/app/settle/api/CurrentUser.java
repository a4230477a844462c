package app.settle.api;

import java.util.Optional;

/**
 * Who is making the current request. Valid on the thread that serves a user's request (a view, an
 * action); background work (jobs, listeners) has no current user and gets {@link Optional#empty()}.
 */
public interface CurrentUser {

    Optional<UserRef> get();

    /** The current user, or an {@link IllegalStateException} where there is none. */
    default UserRef require() {
        return get().orElseThrow(() -> new IllegalStateException("No user is signed in on this thread"));
    }

    default boolean hasRole(Role role) {
        return get().map(user -> user.hasRole(role)).orElse(false);
    }
}
