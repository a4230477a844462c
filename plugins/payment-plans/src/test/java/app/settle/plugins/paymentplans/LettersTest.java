package app.settle.plugins.paymentplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LettersTest {

    @Test
    void valuesAreEscapedSoTheyCannotAddMarkup() {
        String html = Letters.fill("<p>{{name}}</p>{{rows}}", Map.of("name", "<script>x</script> & \"O'Neil\""));

        assertThat(html).isEqualTo("<p>&lt;script&gt;x&lt;/script&gt; &amp; &quot;O&#39;Neil&quot;</p>{{rows}}");
    }

    @Test
    void aSlotWithoutAValueIsATemplateError() {
        assertThatThrownBy(() -> Letters.fill("{{missing}}", Map.of())).hasMessageContaining("{{missing}}");
    }
}
