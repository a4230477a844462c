package app.settle.outreach;

import static app.settle.api.db.Tables.ACCOUNT;

import app.settle.api.HostContext;
import app.settle.api.compliance.Channel;
import app.settle.api.compliance.ContactDecision;
import app.settle.api.compliance.ContactPurpose;
import app.settle.api.compliance.ContactRequest;
import app.settle.api.core.AccountNotVisibleException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A template's text filled in with a real account the user may see, and what would stop it being sent to that
 * account now (the wording checks, legal wording on a time-barred debt, a missing address, the compliance guard).
 */
final class Preview {

    static final String LINK_PLACEHOLDER = "[opt-out link, made when the email is sent]";

    /** The filled-in text and the reasons it would not go out now (empty: it would). */
    record Result(String to, String subject, String body, List<String> obstacles) {
    }

    private Preview() {
    }

    /** The account with this reference among those the user may see. */
    static Optional<Long> findAccount(HostContext host, String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        return host.data().dsl().select(ACCOUNT.ID).from(ACCOUNT)
                .where(ACCOUNT.EXTERNAL_REF.eq(reference.strip()), host.accounts().visibleToCurrentUser())
                .orderBy(ACCOUNT.ID).limit(1).fetchOptional(ACCOUNT.ID);
    }

    static Result render(HostContext host, Channel channel, String subject, String body, long accountId) {
        host.accounts().requireVisible(accountId);
        Instant now = host.clock().instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        AccountFacts facts = AccountFacts.load(host.data().dsl(), accountId, today, host.settings())
                .orElseThrow(() -> new AccountNotVisibleException(accountId));
        Map<String, String> values = new HashMap<>(facts.values());
        values.put(MergeField.OPT_OUT_LINK.key(), LINK_PLACEHOLDER);
        TemplateCheck.Result check = TemplateCheck.check(channel, subject, body);
        List<String> obstacles = new ArrayList<>(check.problems());
        if (check.mentionsLegal() && facts.timeBarred()) {
            obstacles.add("This debt is time-barred and the text mentions legal action (" + String.join(", ",
                    check.legalWords()) + "): it would not be sent (12 CFR 1006.26(b)).");
        }
        AccountFacts.Address address = facts.addressFor(channel).orElse(null);
        if (address == null && channel != Channel.LETTER) {
            obstacles.add("The debtor has no " + (channel == Channel.EMAIL ? "email address" : "phone number")
                    + " on file.");
        }
        if (address != null || channel == Channel.LETTER) {
            ContactDecision decision = host.compliance().check(new ContactRequest(accountId, channel,
                    channel == Channel.LETTER ? null : address.value(), ContactPurpose.COLLECTION, now));
            if (!decision.allowed()) {
                obstacles.add("Now: " + decision.explanation());
            }
        }
        if (host.messageChannels().forChannel(channel).isEmpty()) {
            obstacles.add("No plugin offers " + channel.label().toLowerCase(java.util.Locale.ROOT) + " delivery.");
        }
        return new Result(address == null ? null : address.value(), MergeText.fill(subject, values),
                MergeText.fill(body, values), obstacles);
    }
}
