package app.settle.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import app.settle.api.compliance.Channel;
import org.junit.jupiter.api.Test;

class TemplateCheckTest {

    static final String EMAIL = "Dear {{debtor.first_name}}, you owe {{account.balance}}. This communication is from a"
            + " debt collector. To stop emails from us, use this link: {{opt_out_link}}";
    static final String SMS = "{{company.name}}: {{account.balance}} is due. This is a debt collector."
            + " Reply STOP to opt out.";

    @Test
    void aCompleteEmailAndTextMessagePass() {
        assertThat(TemplateCheck.check(Channel.EMAIL, "Your balance", EMAIL).problems()).isEmpty();
        assertThat(TemplateCheck.check(Channel.SMS, null, SMS).problems()).isEmpty();
        assertThat(TemplateCheck.check(Channel.LETTER, "Notice", "This letter is from a debt collector.").problems())
                .isEmpty();
    }

    @Test
    void theDisclosureIsRequiredOnEveryChannel() {
        for (Channel channel : new Channel[] {Channel.EMAIL, Channel.SMS, Channel.LETTER}) {
            assertThat(TemplateCheck.check(channel, "S", "Pay {{account.balance}}. Reply STOP {{opt_out_link}}")
                    .problems()).anyMatch(p -> p.startsWith("Add the debt-collector disclosure"));
        }
    }

    @Test
    void emailsNeedTheOptOutLinkAndTextMessagesReplyStop() {
        assertThat(TemplateCheck.check(Channel.EMAIL, "S", "From a debt collector.").problems())
                .anyMatch(p -> p.startsWith("Every email must say how to opt out"));
        assertThat(TemplateCheck.check(Channel.SMS, null, "From a debt collector. Text us back.").problems())
                .containsExactly("Every text message must say how to opt out: add \"Reply STOP to opt out.\""
                        + " (12 CFR 1006.6(e)).");
        assertThat(TemplateCheck.check(Channel.SMS, null, "A debt collector. Reply STOP {{opt_out_link}}").problems())
                .containsExactly("{{opt_out_link}} works in emails only.");
        assertThat(TemplateCheck.check(Channel.EMAIL, " ", EMAIL).problems()).containsExactly("An email needs a subject.");
    }

    @Test
    void unknownMergeFieldsAndOverlongTextMessagesAreRefused() {
        assertThat(TemplateCheck.check(Channel.LETTER, null, "A debt collector. {{debtor.shoe_size}}").problems())
                .singleElement().asString().startsWith("{{debtor.shoe_size}} is not a merge field.");
        assertThat(TemplateCheck.check(Channel.SMS, null, SMS + "x".repeat(480)).problems())
                .containsExactly("A text message is at most 480 characters (three SMS parts); this one has " + (SMS.length() + 480) + ".");
    }

    @Test
    void legalWordingIsNotedNotRefused() {
        TemplateCheck.Result result = TemplateCheck.check(Channel.LETTER, "Final notice",
                "A debt collector. We may file a Lawsuit and seek a judgment, then garnish wages.");
        assertThat(result.ok()).isTrue();
        assertThat(result.legalWords()).containsExactly("lawsuit", "judgment", "garnish");
        assertThat(TemplateCheck.check(Channel.LETTER, null, "A debt collector. Courteous reminder.").mentionsLegal())
                .isFalse();
    }
}
