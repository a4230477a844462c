package app.settle.portal.payments;

import java.math.BigDecimal;
import java.util.StringJoiner;

/** A flat JSON object for the before/after values of audit rows. */
final class AuditJson {

    private final StringJoiner fields = new StringJoiner(",", "{", "}");

    static AuditJson of() {
        return new AuditJson();
    }

    AuditJson with(String name, Object value) {
        String rendered;
        if (value == null) {
            rendered = "null";
        } else if (value instanceof Number number) {
            rendered = number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
        } else {
            rendered = "\"" + escape(value.toString()) + "\"";
        }
        fields.add("\"" + name + "\":" + rendered);
        return this;
    }

    @Override
    public String toString() {
        return fields.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
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
        return out.toString();
    }
}
