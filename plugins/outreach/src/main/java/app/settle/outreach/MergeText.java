package app.settle.outreach;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Merge fields in a template's text: {@code {{debtor.first_name}}} and the like, filled in from a map. */
final class MergeText {

    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([a-z_.]+)\\s*}}");

    private MergeText() {
    }

    /** The names of the merge fields the text uses, in order of first use. */
    static Set<String> fieldsIn(String text) {
        Set<String> fields = new LinkedHashSet<>();
        Matcher matcher = FIELD.matcher(text == null ? "" : text);
        while (matcher.find()) {
            fields.add(matcher.group(1));
        }
        return fields;
    }

    /** The text with every known field replaced by its value; unknown fields are left as written. */
    static String fill(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        Matcher matcher = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
