package app.settle.plugins.paymentplans;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.CREDITOR;
import static app.settle.api.db.Tables.DEBTOR;

import app.settle.api.AuditEntry;
import app.settle.api.core.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan confirmation letter: {@code plan-confirmation.html} filled with the arrangement's terms. Every value is
 * HTML-escaped (names and notes come from users and files); the instalment rows are built here from escaped
 * values. The letter carries the required disclosures (debt-collector notice, the right to dispute, no effect on
 * the limitation period). Producing one writes an audit row.
 */
final class Letters {

    private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");

    private final Plans plans;

    Letters(Plans plans) {
        this.plans = plans;
    }

    String confirmation(long arrangementId) {
        Arrangement a = Store.byId(plans.host().data().dsl(), arrangementId,
                plans.visible()).orElseThrow(() -> new PlanRefusedException("No such arrangement."));
        if (a.status() == Status.PENDING_APPROVAL || a.status() == Status.REJECTED) {
            throw new PlanRefusedException("A letter confirms an approved arrangement only.");
        }
        var facts = plans.host().data().dsl().select(ACCOUNT.EXTERNAL_REF, Account.DEBTOR_NAME, CREDITOR.NAME)
                .from(ACCOUNT).join(DEBTOR).on(DEBTOR.ID.eq(ACCOUNT.DEBTOR_ID))
                .join(CREDITOR).on(CREDITOR.ID.eq(ACCOUNT.CREDITOR_ID))
                .where(ACCOUNT.ID.eq(a.accountId())).fetchOne();
        String currency = a.total().currency().getCurrencyCode();
        StringBuilder rows = new StringBuilder();
        for (Arrangement.Instalment i : a.instalments()) {
            rows.append("  <tr><td>").append(i.seq()).append("</td><td>").append(escape(Format.date(i.dueOn())))
                    .append("</td><td class=\"amount\">").append(escape(Money.of(i.amount(), currency).format()))
                    .append("</td></tr>\n");
        }
        Map<String, String> values = new HashMap<>();
        values.put("letterDate", Format.date(LocalDate.now(plans.host().clock())));
        values.put("debtorName", facts.value2().strip());
        values.put("accountRef", facts.value1());
        values.put("creditorName", facts.value3());
        values.put("kind", a.kind().label());
        values.put("agreedOn", Format.date(a.createdAt().toLocalDate()));
        values.put("summary", a.summary());
        values.put("total", a.total().format());
        values.put("balance", a.balanceAtOffer().format());
        values.put("settlementTerms", a.kind() == Kind.SETTLEMENT ? "When every payment above is made, we accept "
                + a.total().format() + " in full satisfaction of the balance of " + a.balanceAtOffer().format() + "."
                : "");
        values.put("waiverTerms", a.waiver() == null ? "" : "Incentive agreed: " + a.waiver() + ".");
        values.put("method", a.method());
        values.put("graceDays", Integer.toString(plans.guardrails().graceDays()));
        values.put("arrangementId", Long.toString(a.id()));
        String html = fill(template(), values).replace("{{rows}}", rows.toString());
        plans.host().audit().record(new AuditEntry("PLAN_LETTER_PRODUCED", "payment_plans_arrangement",
                Long.toString(a.id()), null, "confirmation letter"));
        return html;
    }

    /** Replaces each {@code {{name}}} (except rows) by its escaped value; an unknown name is a template error. */
    static String fill(String template, Map<String, String> values) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.equals("rows")) {
                replacement = m.group();
            } else if (values.containsKey(name)) {
                replacement = escape(values.get(name));
            } else {
                throw new IllegalStateException("No value for {{" + name + "}} in the letter template");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String template() {
        try (InputStream in = Letters.class.getResourceAsStream("plan-confirmation.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
