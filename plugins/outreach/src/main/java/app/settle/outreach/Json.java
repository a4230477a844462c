package app.settle.outreach;

/** A flat JSON object of strings for audit rows, escaped. */
final class Json {

    private Json() {
    }

    /** {@code Json.object("a", "1", "b", null)} is {@code {"a":"1","b":null}}. */
    static String object(String... keysAndValues) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (i > 0) {
                json.append(',');
            }
            json.append(quote(keysAndValues[i])).append(':');
            json.append(keysAndValues[i + 1] == null ? "null" : quote(keysAndValues[i + 1]));
        }
        return json.append('}').toString();
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
