package app.settle.portal.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * {@code ./settle generate}: writes a demo portfolio of any size as a placement file and a payment file, for
 * the importer (benchmarks, load tests, a bigger demo). Runs without Spring or a database: the {@code settle}
 * script starts it from the portal jar through Spring Boot's PropertiesLauncher.
 */
public final class GenerateCommand {

    private GenerateCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, LocalDate.now(ZoneOffset.UTC), args));
    }

    /** Runs the command and returns the exit code: 0 done, 1 could not write, 2 wrong options. */
    static int run(PrintStream out, PrintStream err, LocalDate today, String... args) {
        GenerateOptions options;
        try {
            options = GenerateOptions.parse(args);
        } catch (GenerateOptions.InvalidOptions e) {
            err.println(e.getMessage());
            err.println(GenerateOptions.USAGE);
            return 2;
        }
        if (Files.exists(options.out()) && !Files.isDirectory(options.out())) {
            err.println("--out must be a folder, and " + options.out() + " is a file.");
            return 2;
        }
        long started = System.nanoTime();
        try {
            var written = new DemoPortfolioGenerator(options.seed(), options.teams(), today)
                    .write(options.out(), options.accounts());
            double seconds = (System.nanoTime() - started) / 1e9;
            out.println(String.format(Locale.US, "Wrote %,d accounts of %,d debtors to %s (%s)", written.accounts(),
                    written.debtors(), written.placementFile(), size(written.placementBytes())));
            out.println(String.format(Locale.US, "Wrote %,d payments and %,d reversals to %s (%s)",
                    written.payments(), written.reversals(), written.paymentFile(), size(written.paymentBytes())));
            out.println(String.format(Locale.US, "Seed %d, teams %s, in %.1f s. Import the placement file first,"
                    + " then the payment file.", options.seed(), String.join(", ", options.teams()), seconds));
            return 0;
        } catch (IOException e) {
            err.println("Could not write to " + options.out() + ": " + e.getMessage());
            return 1;
        }
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.US, "%,.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.US, "%,.1f MB", bytes / (1024.0 * 1024));
    }
}
