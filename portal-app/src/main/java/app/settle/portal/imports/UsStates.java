package app.settle.portal.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * US state and territory codes, and the time zone of those that lie in a single zone. For a state that spans
 * zones (Texas, Florida, …) the zone stays unknown, and the compliance guard then applies every possible zone.
 */
final class UsStates {

    private static final Set<String> SEVERAL_ZONES = Set.of("AK", "FL", "ID", "IN", "KS", "KY", "MI", "NE", "ND",
            "OR", "SD", "TN", "TX");
    private static final Map<String, String> SINGLE_ZONE = new HashMap<>();

    static {
        zone("America/New_York", "CT", "DC", "DE", "GA", "MA", "MD", "ME", "NC", "NH", "NJ", "NY", "OH", "PA", "RI",
                "SC", "VA", "VT", "WV");
        zone("America/Chicago", "AL", "AR", "IA", "IL", "LA", "MN", "MO", "MS", "OK", "WI");
        zone("America/Denver", "CO", "MT", "NM", "UT", "WY");
        zone("America/Phoenix", "AZ");
        zone("America/Los_Angeles", "CA", "NV", "WA");
        zone("Pacific/Honolulu", "HI");
        zone("America/Puerto_Rico", "PR");
        zone("America/St_Thomas", "VI");
        zone("Pacific/Guam", "GU");
        zone("Pacific/Saipan", "MP");
        zone("Pacific/Pago_Pago", "AS");
    }

    private UsStates() {
    }

    private static void zone(String zone, String... states) {
        for (String state : states) {
            SINGLE_ZONE.put(state, zone);
        }
    }

    static boolean isState(String code) {
        return SINGLE_ZONE.containsKey(code) || SEVERAL_ZONES.contains(code);
    }

    /** The state's zone if it has exactly one, else null. */
    static String singleZone(String code) {
        return code == null ? null : SINGLE_ZONE.get(code);
    }
}
