package app.settle.portal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardNumbersTest {

    @Test
    void findsLuhnValidCardNumbersWrittenWithOrWithoutSeparators() {
        assertThat(CardNumbers.containsCardNumber("4111111111111111")).isTrue();
        assertThat(CardNumbers.containsCardNumber("card 4111 1111 1111 1111 exp 12/29")).isTrue();
        assertThat(CardNumbers.containsCardNumber("5500-0000-0000-0004")).isTrue();
        assertThat(CardNumbers.containsCardNumber("378282246310005")).isTrue();
    }

    @Test
    void leavesOtherNumbersAlone() {
        assertThat(CardNumbers.containsCardNumber("4111111111111112")).as("fails Luhn").isFalse();
        assertThat(CardNumbers.containsCardNumber("(212) 555-0142")).isFalse();
        assertThat(CardNumbers.containsCardNumber("ACC-000123")).isFalse();
        assertThat(CardNumbers.containsCardNumber("2025-03-01")).isFalse();
        assertThat(CardNumbers.containsCardNumber("41111111111111110000")).as("20 digits").isFalse();
        assertThat(CardNumbers.containsCardNumber("")).isFalse();
    }

    @Test
    void recognisesColumnsNamedForCardData() {
        assertThat(CardNumbers.isCardColumn("card_number")).isTrue();
        assertThat(CardNumbers.isCardColumn("CVV")).isTrue();
        assertThat(CardNumbers.isCardColumn("PAN")).isTrue();
        assertThat(CardNumbers.isCardColumn("Card Number")).isTrue();
        assertThat(CardNumbers.isCardColumn("account_ref")).isFalse();
        assertThat(CardNumbers.isCardColumn("panel")).isFalse();
    }
}
