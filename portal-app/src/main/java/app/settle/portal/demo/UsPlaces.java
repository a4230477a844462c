package app.settle.portal.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Where demo debtors live: real US cities with their state, ZIP prefix, IANA zone and area codes, weighted
 * roughly by population. States that span zones (Florida, Texas, Idaho, Indiana, Kentucky, Michigan) appear
 * with the zone of each city, Arizona without daylight saving time.
 */
final class UsPlaces {

    /** East to west; the generator splits teams along these. */
    enum Region { EASTERN, CENTRAL, MOUNTAIN, PACIFIC }

    record Place(String city, String state, String zip3, String zone, Region region, int statuteYears,
                 int weight, String... areaCodes) {
    }

    private static final String NEW_YORK = "America/New_York";
    private static final String CHICAGO = "America/Chicago";
    private static final String DENVER = "America/Denver";
    private static final String LOS_ANGELES = "America/Los_Angeles";

    static final List<Place> ALL = List.of(
            eastern("New York", "NY", "100", 3, 16, "212", "718", "917"),
            eastern("Buffalo", "NY", "142", 3, 2, "716"),
            eastern("Boston", "MA", "021", 6, 6, "617", "857"),
            eastern("Providence", "RI", "029", 10, 2, "401"),
            eastern("Hartford", "CT", "061", 6, 2, "860"),
            eastern("Newark", "NJ", "071", 6, 4, "973", "862"),
            eastern("Philadelphia", "PA", "191", 4, 6, "215", "267"),
            eastern("Pittsburgh", "PA", "152", 4, 3, "412"),
            eastern("Baltimore", "MD", "212", 3, 4, "410", "443"),
            eastern("Washington", "DC", "200", 3, 2, "202"),
            eastern("Richmond", "VA", "232", 5, 3, "804"),
            eastern("Charlotte", "NC", "282", 3, 4, "704", "980"),
            eastern("Raleigh", "NC", "276", 3, 3, "919"),
            eastern("Columbia", "SC", "292", 3, 2, "803"),
            eastern("Atlanta", "GA", "303", 6, 8, "404", "470", "678"),
            eastern("Jacksonville", "FL", "322", 5, 3, "904"),
            eastern("Miami", "FL", "331", 5, 6, "305", "786"),
            eastern("Orlando", "FL", "328", 5, 4, "407"),
            eastern("Tampa", "FL", "336", 5, 4, "813"),
            eastern("Columbus", "OH", "432", 6, 4, "614"),
            eastern("Cleveland", "OH", "441", 6, 3, "216"),
            new Place("Detroit", "MI", "482", "America/Detroit", Region.EASTERN, 6, 5, "313"),
            new Place("Indianapolis", "IN", "462", "America/Indiana/Indianapolis", Region.EASTERN, 6, 4, "317"),
            new Place("Louisville", "KY", "402", "America/Kentucky/Louisville", Region.EASTERN, 5, 2, "502"),
            eastern("Charleston", "WV", "253", 5, 1, "304"),
            eastern("Portland", "ME", "041", 6, 1, "207"),
            eastern("Burlington", "VT", "054", 6, 1, "802"),
            eastern("Manchester", "NH", "031", 3, 1, "603"),
            eastern("Wilmington", "DE", "198", 3, 1, "302"),
            central("Chicago", "IL", "606", 5, 10, "312", "773"),
            central("Houston", "TX", "770", 4, 8, "713", "832"),
            central("Dallas", "TX", "752", 4, 8, "214", "469"),
            central("San Antonio", "TX", "782", 4, 4, "210"),
            central("Austin", "TX", "787", 4, 4, "512"),
            central("Nashville", "TN", "372", 6, 4, "615"),
            central("Memphis", "TN", "381", 6, 2, "901"),
            central("Kansas City", "MO", "641", 5, 2, "816"),
            central("St. Louis", "MO", "631", 5, 3, "314"),
            central("Minneapolis", "MN", "554", 6, 4, "612"),
            central("Milwaukee", "WI", "532", 6, 2, "414"),
            central("New Orleans", "LA", "701", 3, 2, "504"),
            central("Oklahoma City", "OK", "731", 5, 2, "405"),
            central("Omaha", "NE", "681", 5, 2, "402"),
            central("Des Moines", "IA", "503", 5, 2, "515"),
            central("Little Rock", "AR", "722", 5, 2, "501"),
            central("Birmingham", "AL", "352", 6, 2, "205"),
            central("Jackson", "MS", "392", 3, 1, "601"),
            central("Wichita", "KS", "672", 5, 1, "316"),
            central("Fargo", "ND", "581", 6, 1, "701"),
            central("Sioux Falls", "SD", "571", 6, 1, "605"),
            central("Pensacola", "FL", "325", 5, 1, "850"),
            mountain("Denver", "CO", "802", DENVER, 6, 4, "303", "720"),
            mountain("Salt Lake City", "UT", "841", DENVER, 6, 2, "801"),
            mountain("Albuquerque", "NM", "871", DENVER, 6, 2, "505"),
            mountain("Boise", "ID", "837", "America/Boise", 5, 2, "208"),
            mountain("El Paso", "TX", "799", DENVER, 4, 2, "915"),
            mountain("Billings", "MT", "591", DENVER, 8, 1, "406"),
            mountain("Cheyenne", "WY", "820", DENVER, 8, 1, "307"),
            mountain("Phoenix", "AZ", "850", "America/Phoenix", 6, 6, "602", "480"),
            mountain("Tucson", "AZ", "857", "America/Phoenix", 6, 2, "520"),
            pacific("Los Angeles", "CA", "900", LOS_ANGELES, 12, "213", "310", "323"),
            pacific("San Diego", "CA", "921", LOS_ANGELES, 4, "619", "858"),
            pacific("San Francisco", "CA", "941", LOS_ANGELES, 3, "415"),
            pacific("San Jose", "CA", "951", LOS_ANGELES, 3, "408"),
            pacific("Sacramento", "CA", "958", LOS_ANGELES, 2, "916"),
            pacific("Seattle", "WA", "981", LOS_ANGELES, 4, "206", "253"),
            pacific("Spokane", "WA", "992", LOS_ANGELES, 1, "509"),
            pacific("Portland", "OR", "972", LOS_ANGELES, 3, "503", "971"),
            pacific("Las Vegas", "NV", "891", LOS_ANGELES, 3, "702"),
            pacific("Anchorage", "AK", "995", "America/Anchorage", 1, "907"),
            pacific("Honolulu", "HI", "968", "Pacific/Honolulu", 2, "808"));

    /** Every valid US state code plus DC, for checks. */
    static final List<String> STATE_CODES = List.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL",
            "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT",
            "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX",
            "UT", "VT", "VA", "WA", "WV", "WI", "WY");

    private static final int TOTAL_WEIGHT = ALL.stream().mapToInt(Place::weight).sum();

    private UsPlaces() {
    }

    static Place pick(RandomGenerator random) {
        int ticket = random.nextInt(TOTAL_WEIGHT);
        for (Place place : ALL) {
            ticket -= place.weight();
            if (ticket < 0) {
                return place;
            }
        }
        throw new IllegalStateException("weights");
    }

    private static Place eastern(String city, String state, String zip3, int years, int weight, String... codes) {
        return new Place(city, state, zip3, NEW_YORK, Region.EASTERN, years, weight, codes);
    }

    private static Place central(String city, String state, String zip3, int years, int weight, String... codes) {
        return new Place(city, state, zip3, CHICAGO, Region.CENTRAL, years, weight, codes);
    }

    private static Place mountain(String city, String state, String zip3, String zone, int years, int weight,
                                  String... codes) {
        return new Place(city, state, zip3, zone, Region.MOUNTAIN, years, weight, codes);
    }

    private static Place pacific(String city, String state, String zip3, String zone, int weight, String... codes) {
        return new Place(city, state, zip3, zone, Region.PACIFIC, 4, weight, codes);
    }
}
