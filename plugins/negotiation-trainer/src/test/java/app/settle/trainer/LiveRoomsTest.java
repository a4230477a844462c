package app.settle.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveRoomsTest {

    @Test
    void aChangeReachesEveryScreenOfThatSessionOnlyUntilItUnsubscribes() {
        LiveRooms rooms = new LiveRooms();
        List<String> heard = new ArrayList<>();
        Runnable trainer = rooms.subscribe(1, () -> heard.add("trainer"));
        rooms.subscribe(1, () -> heard.add("trainee"));
        rooms.subscribe(2, () -> heard.add("other session"));

        rooms.changed(1);
        trainer.run();
        rooms.changed(1);

        assertThat(heard).containsExactly("trainer", "trainee", "trainee");
        assertThat(rooms.listenerCount(1)).isEqualTo(1);
    }

    @Test
    void aFailingScreenDoesNotStopTheOthers() {
        LiveRooms rooms = new LiveRooms();
        List<String> heard = new ArrayList<>();
        rooms.subscribe(1, () -> {
            throw new IllegalStateException("detached UI");
        });
        rooms.subscribe(1, () -> heard.add("trainee"));

        rooms.changed(1);

        assertThat(heard).containsExactly("trainee");
    }
}
