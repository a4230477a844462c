package app.settle.portal.accounts;

import app.settle.api.core.AgingBucket;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A narrowing of the accounts list that a dashboard number drills down to: a team, an aging bucket (active
 * accounts only), an open hold's reason, or an assigned collector. It travels in the accounts list's URL
 * ({@code accounts?team=3&bucket=DAYS_61_90}), so a drill-down can be bookmarked and shared; values that do not
 * parse are ignored, never trusted. Team scope still applies on top of it.
 */
public record AccountFilter(Long teamId, AgingBucket bucket, String holdReason, String collector) {

    public static final AccountFilter NONE = new AccountFilter(null, null, null, null);

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final List<String> HOLD_REASONS =
            List.of("DISPUTE", "CEASE_COMMUNICATION", "ATTORNEY", "BANKRUPTCY", "DECEASED", "MANUAL");

    public AccountFilter {
        if (holdReason != null && !HOLD_REASONS.contains(holdReason)) {
            throw new IllegalArgumentException("Unknown hold reason: " + holdReason);
        }
        if (collector != null && !NAME.matcher(collector).matches()) {
            throw new IllegalArgumentException("Not a user name: " + collector);
        }
    }

    public boolean isEmpty() {
        return teamId == null && bucket == null && holdReason == null && collector == null;
    }

    public AccountFilter withTeam(Long team) {
        return new AccountFilter(team, bucket, holdReason, collector);
    }

    public static AccountFilter bucket(Long team, AgingBucket bucket) {
        return new AccountFilter(team, bucket, null, null);
    }

    public static AccountFilter hold(Long team, String reason) {
        return new AccountFilter(team, null, reason, null);
    }

    public static AccountFilter collector(Long team, String username) {
        return new AccountFilter(team, null, null, username);
    }

    /** Reads the filter from a URL's query; a parameter that does not parse is left out. */
    public static AccountFilter from(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        Long team = first(p, "team").filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
        AgingBucket bucket = first(p, "bucket").flatMap(AccountFilter::bucketNamed).orElse(null);
        String hold = first(p, "hold").filter(HOLD_REASONS::contains).orElse(null);
        String collector = first(p, "collector").filter(v -> NAME.matcher(v).matches()).orElse(null);
        return new AccountFilter(team, bucket, hold, collector);
    }

    public QueryParameters toQuery() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (teamId != null) {
            p.put("team", List.of(teamId.toString()));
        }
        if (bucket != null) {
            p.put("bucket", List.of(bucket.name()));
        }
        if (holdReason != null) {
            p.put("hold", List.of(holdReason));
        }
        if (collector != null) {
            p.put("collector", List.of(collector));
        }
        return new QueryParameters(p);
    }

    /** The accounts list's location with this filter, e.g. {@code accounts?bucket=DAYS_61_90}. */
    public String location() {
        String query = toQuery().getQueryString();
        return query.isEmpty() ? "accounts" : "accounts?" + query;
    }

    /** What the filter keeps, for people: "Team 3 · 61–90 days past due". */
    public String describe(Map<Long, String> teamNames) {
        List<String> parts = new ArrayList<>();
        if (teamId != null) {
            parts.add(teamNames.getOrDefault(teamId, "team " + teamId));
        }
        if (bucket != null) {
            parts.add(bucket == AgingBucket.CURRENT ? "active, not past due" : "active, " + bucket.label() + " days past due");
        }
        if (holdReason != null) {
            parts.add("open " + holdReason.toLowerCase().replace('_', ' ') + " hold");
        }
        if (collector != null) {
            parts.add("assigned to " + collector);
        }
        return String.join(" · ", parts);
    }

    private static Optional<String> first(Map<String, List<String>> p, String name) {
        List<String> values = p.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.getFirst());
    }

    private static Optional<AgingBucket> bucketNamed(String name) {
        for (AgingBucket b : AgingBucket.values()) {
            if (b.name().equals(name)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
