package app.settle.portal.payments;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/** A flat JSON object for the before/after values of audit rows: numbers as numbers, the rest as text. */
final class AuditJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private final Map<String, Object> fields = new LinkedHashMap<>();

    static AuditJson of() {
        return new AuditJson();
    }

    AuditJson with(String name, Object value) {
        fields.put(name, value == null || value instanceof Number ? value : value.toString());
        return this;
    }

    @Override
    public String toString() {
        return JSON.writeValueAsString(fields);
    }
}
