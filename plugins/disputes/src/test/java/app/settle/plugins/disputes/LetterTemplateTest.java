package app.settle.plugins.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LetterTemplateTest {

    @Test
    void placeholdersAreFilledWithEscapedValues() {
        String letter = LetterTemplate.fill("<p>Dear {{name}}, account {{ref}}: {{name}}</p>",
                Map.of("name", "Pat <b>O'Neil</b> & Co", "ref", "A-1"));

        assertThat(letter).isEqualTo("<p>Dear Pat &lt;b&gt;O&#39;Neil&lt;/b&gt; &amp; Co, account A-1: "
                + "Pat &lt;b&gt;O&#39;Neil&lt;/b&gt; &amp; Co</p>");
    }

    @Test
    void aValueThatLooksLikeAPlaceholderIsNotFilledAgain() {
        assertThat(LetterTemplate.fill("{{a}} {{b}}", Map.of("a", "{{b}}", "b", "$1 \\ done")))
                .isEqualTo("{{b}} $1 \\ done");
    }

    @Test
    void aPlaceholderWithoutAValueIsATemplateMistake() {
        assertThatThrownBy(() -> LetterTemplate.fill("Hello {{who}}", Map.of()))
                .hasMessage("The letter template uses {{who}}, which has no value");
    }
}
