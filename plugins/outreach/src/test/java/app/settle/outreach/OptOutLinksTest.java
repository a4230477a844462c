package app.settle.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OptOutLinksTest {

    @Test
    void addressesAreMaskedAndTokensHashed() {
        assertThat(OptOutLinks.masked("jane.doe@example.com")).isEqualTo("j•••@example.com");
        assertThat(OptOutLinks.masked("2125550101")).isEqualTo("•••0101");
        assertThat(OptOutLinks.hash("abc")).hasSize(64)
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void stopWordsAloneOptOut() {
        assertThat(Replies.isStop(" stop ")).isTrue();
        assertThat(Replies.isStop("Unsubscribe.")).isTrue();
        assertThat(Replies.isStop("please don't stop")).isFalse();
        assertThat(Replies.isStop("YES")).isFalse();
    }

    @Test
    void pageTextIsEscaped() {
        assertThat(OptOutPage.escape("<a href=\"x\">&'")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    }
}
