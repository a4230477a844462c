package app.settle.outreach;

import app.settle.api.compliance.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording every template must have, or must not have, before it is saved. Problems refuse the save; the legal
 * wording is allowed but flagged, and such a template is never sent on a time-barred debt.
 *
 * <ul>
 *   <li>the debt-collector disclosure in every message (15 U.S.C. 1692e(11));</li>
 *   <li>an opt-out instruction in every email ({@code {{opt_out_link}}}) and text message ("Reply STOP") (12 CFR
 *       1006.6(e));</li>
 *   <li>merge fields that exist, the opt-out link only in emails;</li>
 *   <li>words that threaten or mention legal action are noted: 12 CFR 1006.26(b) forbids them on time-barred
 *       debts.</li>
 * </ul>
 */
final class TemplateCheck {

    static final int MAX_BODY = 10_000;
    static final int MAX_SMS = 480;
    private static final Pattern DISCLOSURE = Pattern.compile("debt\\s+collector", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPLY_STOP = Pattern.compile("reply\\s+[\"“']?stop\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEGAL = Pattern.compile(
            "\\b(sue|sued|suing|lawsuit|legal action|litigation|court|judg(e)?ment|garnish\\w*|attorney|lawyer|"
                    + "wage assignment|lien)\\b", Pattern.CASE_INSENSITIVE);

    /** The outcome: problems that refuse the save, and whether the text mentions legal action (and which words). */
    record Result(List<String> problems, List<String> legalWords) {
        boolean ok() {
            return problems.isEmpty();
        }

        boolean mentionsLegal() {
            return !legalWords.isEmpty();
        }
    }

    private TemplateCheck() {
    }

    static Result check(Channel channel, String subject, String body) {
        List<String> problems = new ArrayList<>();
        String text = body == null ? "" : body;
        if (text.isBlank()) {
            problems.add("Write the message text.");
        }
        if (text.length() > MAX_BODY) {
            problems.add("The text is at most 10,000 characters.");
        }
        if (channel == Channel.EMAIL && (subject == null || subject.isBlank())) {
            problems.add("An email needs a subject.");
        }
        if (subject != null && subject.length() > 200) {
            problems.add("The subject is at most 200 characters.");
        }
        if (channel == Channel.SMS && text.length() > MAX_SMS) {
            problems.add("A text message is at most " + MAX_SMS + " characters (three SMS parts); this one has "
                    + String.format(Locale.US, "%,d", text.length()) + ".");
        }
        String all = (subject == null ? "" : subject) + "\n" + text;
        for (String field : MergeText.fieldsIn(all)) {
            if (MergeField.of(field).isEmpty()) {
                problems.add("{{" + field + "}} is not a merge field. Use one of: " + String.join(", ",
                        java.util.Arrays.stream(MergeField.values()).map(MergeField::placeholder).toList()) + ".");
            }
        }
        if (!DISCLOSURE.matcher(text).find()) {
            problems.add("Add the debt-collector disclosure, e.g. \"This communication is from a debt collector.\""
                    + " (15 U.S.C. 1692e(11)).");
        }
        boolean hasLink = MergeText.fieldsIn(all).contains(MergeField.OPT_OUT_LINK.key());
        if (channel == Channel.EMAIL && !MergeText.fieldsIn(text).contains(MergeField.OPT_OUT_LINK.key())) {
            problems.add("Every email must say how to opt out: add a sentence with {{opt_out_link}}, e.g. \"To stop"
                    + " emails from us, use this link: {{opt_out_link}}\" (12 CFR 1006.6(e)).");
        }
        if (channel != Channel.EMAIL && hasLink) {
            problems.add("{{opt_out_link}} works in emails only.");
        }
        if (channel == Channel.SMS && !REPLY_STOP.matcher(text).find()) {
            problems.add("Every text message must say how to opt out: add \"Reply STOP to opt out.\" (12 CFR"
                    + " 1006.6(e)).");
        }
        return new Result(problems, legalWords(all));
    }

    static List<String> legalWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = LEGAL.matcher(text == null ? "" : text);
        while (matcher.find()) {
            String word = matcher.group(1).toLowerCase(Locale.ROOT);
            if (!words.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
