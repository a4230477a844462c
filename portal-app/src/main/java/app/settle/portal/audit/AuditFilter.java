package app.settle.portal.audit;

import java.time.LocalDate;

/**
 * What to look for in the audit trail; null or blank fields do not filter.
 *
 * @param from first day (in UTC) to include
 * @param to   last day (in UTC) to include
 */
public record AuditFilter(String actor, String action, String entityType, String entityId, LocalDate from,
                          LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
