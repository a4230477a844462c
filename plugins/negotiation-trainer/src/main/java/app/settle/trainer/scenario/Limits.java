package app.settle.trainer.scenario;

import java.util.regex.Pattern;

/**
 * What a scenario file may hold, so that a huge or hostile file is refused before it costs memory or reaches a
 * screen: sizes, counts, and plain text only (no markup, no script, no control characters).
 */
final class Limits {

    static final int MAX_CHARS = 100_000;
    static final int MAX_LINES = 3_000;
    static final int MAX_NODES = 150;
    static final int MAX_CHOICES = 6;
    static final int MAX_RUBRIC_ITEMS = 12;
    static final int MAX_TEXT = 600;
    static final int MAX_POINTS = 10;

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|&#|&[a-zA-Z]+;|javascript:|\\{\\{",
            Pattern.CASE_INSENSITIVE);

    private Limits() {
    }

    /** The reason this text may not appear in a scenario, or null when it is fine. */
    static String textProblem(String text) {
        if (text.length() > MAX_TEXT) {
            return "text is " + text.length() + " characters long; at most " + MAX_TEXT + " are allowed";
        }
        var markup = MARKUP.matcher(text);
        if (markup.find()) {
            return "markup is not allowed (found '" + markup.group() + "'): scenario text is plain text";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                return "control character U+" + String.format("%04X", (int) c) + " is not allowed";
            }
        }
        return null;
    }
}
