package app.settle.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MergeTextTest {

    @Test
    void fieldsAreFoundAndFilledAndUnknownOnesStayAsWritten() {
        String text = "Hi {{ debtor.first_name }}, {{account.balance}} due; {{nope}} $1 \\ {{debtor.first_name}}";
        assertThat(MergeText.fieldsIn(text)).containsExactly("debtor.first_name", "account.balance", "nope");
        assertThat(MergeText.fill(text, Map.of("debtor.first_name", "Pat", "account.balance", "$1,250.00")))
                .isEqualTo("Hi Pat, $1,250.00 due; {{nope}} $1 \\ Pat");
    }
}
