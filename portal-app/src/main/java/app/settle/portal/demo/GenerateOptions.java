package app.settle.portal.demo;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The options of {@code ./settle generate}, read from the command line with messages a person can act on.
 * Options are {@code --name value} or {@code --name=value}.
 */
record GenerateOptions(int accounts, Path out, long seed, List<String> teams) {

    static final int MAX_ACCOUNTS = 10_000_000;
    static final String USAGE = """
            Usage: ./settle generate --accounts <n> [--out <folder>] [--seed <n>] [--teams "<team>,<team>"]
              --accounts  how many accounts, 1 to 10,000,000
              --out       folder for placement.csv and payments.csv (default data/generated)
              --seed      the same seed gives the same files (default 42)
              --teams     team names the accounts go to, split east to west (default "%s")"""
            .formatted(String.join(",", DemoPortfolioGenerator.DEMO_TEAMS));

    /** A command line that cannot be run, with the reason. */
    static final class InvalidOptions extends Exception {
        InvalidOptions(String message) {
            super(message);
        }
    }

    static GenerateOptions parse(String... args) throws InvalidOptions {
        Integer accounts = null;
        Path out = Path.of("data", "generated");
        long seed = 42;
        List<String> teams = DemoPortfolioGenerator.DEMO_TEAMS;
        List<String> rest = Arrays.asList(args);
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (isOption(name) && i + 1 < rest.size()) {
                value = rest.get(++i);
            } else {
                value = null;
            }
            if (!isOption(name)) {
                throw new InvalidOptions("Unknown option " + arg + ".");
            }
            if (value == null) {
                throw new InvalidOptions(name + " needs a value.");
            }
            switch (name) {
                case "--accounts" -> accounts = accounts(value);
                case "--out" -> out = out(value);
                case "--seed" -> seed = seed(value);
                default -> teams = teams(value);
            }
        }
        if (accounts == null) {
            throw new InvalidOptions("--accounts is required: how many accounts to generate.");
        }
        return new GenerateOptions(accounts, out, seed, teams);
    }

    private static boolean isOption(String name) {
        return List.of("--accounts", "--out", "--seed", "--teams").contains(name);
    }

    private static int accounts(String value) throws InvalidOptions {
        String digits = value.strip().replace(",", "").replace("_", "");
        if (digits.matches("\\d{1,8}")) {
            int n = Integer.parseInt(digits);
            if (n >= 1 && n <= MAX_ACCOUNTS) {
                return n;
            }
        }
        throw new InvalidOptions("--accounts must be a whole number between 1 and 10,000,000 (got \"" + value + "\").");
    }

    private static Path out(String value) throws InvalidOptions {
        if (value.isBlank()) {
            throw new InvalidOptions("--out must name a folder.");
        }
        return Path.of(value.strip());
    }

    private static long seed(String value) throws InvalidOptions {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidOptions("--seed must be a whole number (got \"" + value + "\").");
        }
    }

    private static List<String> teams(String value) throws InvalidOptions {
        List<String> names = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (names.isEmpty() || names.stream().anyMatch(n -> n.length() > 100)) {
            throw new InvalidOptions("--teams needs one or more team names of at most 100 characters, separated by"
                    + " commas.");
        }
        if (names.stream().distinct().count() < names.size()) {
            throw new InvalidOptions("--teams names a team twice.");
        }
        return names;
    }
}
