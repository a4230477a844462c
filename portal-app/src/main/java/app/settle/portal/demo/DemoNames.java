package app.settle.portal.demo;

import java.util.random.RandomGenerator;

/** Small lists of names and streets the demo debtors are made of; no real person is meant. */
final class DemoNames {

    private static final String[] FIRST = {"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael",
            "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
            "Sarah", "Carlos", "Karen", "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Betty", "Mark", "Sandra",
            "José", "Ashley", "Kevin", "Kimberly", "Brian", "Emily", "George", "Donna", "Jamal", "Michelle",
            "Wei", "Aisha", "Luis", "Zoë", "Dmitri", "Priya", "Tyrone", "Mei", "Andre", "Rosa", "Hiroshi", "Fatima"};

    private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
            "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas",
            "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez",
            "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott",
            "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera",
            "Campbell", "Mitchell", "Carter", "O'Brien", "Núñez", "Kowalski", "Okafor", "Patel", "Kim", "Chen"};

    private static final String[] STREETS = {"Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill",
            "Park", "Main", "Church", "Highland", "Sunset", "Ridge", "River", "Spring", "Meadow", "Walnut",
            "Chestnut", "Willow", "Lincoln", "Jefferson", "Madison", "Franklin", "Forest", "Valley", "Mill"};

    private static final String[] STREET_KINDS = {"St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Ct", "Way", "Pl"};

    private static final String[] TRADES = {"Plumbing", "Landscaping", "Trucking", "Roofing", "Auto Repair",
            "Catering", "Dental Group", "Electric", "Bakery", "Flooring", "Cleaning Services", "Print Shop"};

    private static final String[] FORMS = {"LLC", "Inc.", "Co.", ", LLC", ", Inc.", "& Sons", "Partners"};

    private static final String[] EMAIL_DOMAINS = {"example.com", "example.org", "example.net"};

    private DemoNames() {
    }

    static String firstName(RandomGenerator random) {
        return pick(random, FIRST);
    }

    static String lastName(RandomGenerator random) {
        return pick(random, LAST);
    }

    /** A business name; some contain a comma or an ampersand, as real ones do. */
    static String businessName(RandomGenerator random, String ownerLastName) {
        String form = pick(random, FORMS);
        String base = random.nextInt(4) == 0
                ? ownerLastName + " & " + lastName(random) + " " + pick(random, TRADES)
                : ownerLastName + " " + pick(random, TRADES);
        return form.startsWith(",") ? base + form : base + " " + form;
    }

    /** A street address; a fifth of them with an apartment after a comma. */
    static String streetAddress(RandomGenerator random) {
        String street = (1 + random.nextInt(9899)) + " " + pick(random, STREETS) + " " + pick(random, STREET_KINDS);
        return random.nextInt(5) == 0 ? street + ", Apt " + (1 + random.nextInt(40)) + (char) ('A' + random.nextInt(6))
                : street;
    }

    /** An address at one of the example domains reserved for documentation (RFC 2606). */
    static String email(RandomGenerator random, String first, String last) {
        String local = ascii(first) + "." + ascii(last) + (random.nextInt(3) == 0 ? "" : random.nextInt(100));
        return local + "@" + pick(random, EMAIL_DOMAINS);
    }

    static String businessEmail(RandomGenerator random, String ownerLastName) {
        return "accounts." + ascii(ownerLastName) + random.nextInt(1000) + "@" + pick(random, EMAIL_DOMAINS);
    }

    private static String ascii(String name) {
        String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
        return folded.replaceAll("[^A-Za-z]", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static String pick(RandomGenerator random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
