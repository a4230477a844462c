package app.settle.plugins.disputes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HoldPolicyTest {

    @Test
    void aWrittenDisputeInsideTheWindowAlwaysHoldsWhateverThePolicy() {
        for (boolean policy : new boolean[] {true, false}) {
            HoldPolicy.Decision decision = HoldPolicy.decide(ReceivedVia.WRITTEN, true, policy);

            assertThat(decision.hold()).isTrue();
            assertThat(decision.required()).isTrue();
            assertThat(decision.explanation()).contains("until verification is sent").contains("1692g(b)");
        }
    }

    @Test
    void aWrittenDisputeOutsideTheWindowFollowsThePolicy() {
        HoldPolicy.Decision held = HoldPolicy.decide(ReceivedVia.WRITTEN, false, true);
        HoldPolicy.Decision notHeld = HoldPolicy.decide(ReceivedVia.WRITTEN, false, false);

        assertThat(held.hold()).isTrue();
        assertThat(held.required()).isFalse();
        assertThat(held.explanation()).startsWith("Written dispute outside the validation window");
        assertThat(notHeld.hold()).isFalse();
        assertThat(notHeld.explanation()).contains("no hold");
    }

    @Test
    void anOralDisputeFollowsThePolicyInsideAndOutsideTheWindow() {
        assertThat(HoldPolicy.decide(ReceivedVia.ORAL, true, true).hold()).isTrue();
        assertThat(HoldPolicy.decide(ReceivedVia.ORAL, true, false).hold()).isFalse();
        assertThat(HoldPolicy.decide(ReceivedVia.ORAL, false, true).hold()).isTrue();
        assertThat(HoldPolicy.decide(ReceivedVia.ORAL, false, false).hold()).isFalse();
        assertThat(HoldPolicy.decide(ReceivedVia.ORAL, true, true).required()).isFalse();
        assertThat(HoldPolicy.decide(ReceivedVia.ORAL, true, false).explanation())
                .startsWith("Oral dispute inside the validation window");
    }
}
