package app.settle.plugins.disputes;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a letter template: every {@code {{name}}} is replaced by the value of that name, HTML-escaped, so nothing
 * from the account or the dispute can add markup to the letter. A placeholder without a value is a mistake in the
 * template and is refused with its name.
 */
final class LetterTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z][a-zA-Z0-9]*)}}");

    private LetterTemplate() {
    }

    static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!values.containsKey(name)) {
                throw new IllegalStateException("The letter template uses {{" + name + "}}, which has no value");
            }
            String value = values.get(name);
            matcher.appendReplacement(filled, Matcher.quoteReplacement(escape(value == null ? "" : value)));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
