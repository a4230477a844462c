package app.settle.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.settle.portal.imports.ImportProgress;
import app.settle.portal.imports.PaymentFileImporter;
import app.settle.portal.imports.PlacementImporter;
import app.settle.portal.testing.DomainTest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** What {@code ./settle generate} writes is what the real importers accept, every row of it. */
class GeneratedFilesImportTest extends DomainTest {

    @Autowired
    PlacementImporter placements;
    @Autowired
    PaymentFileImporter payments;

    @Test
    void generatedFilesValidateWithoutASingleBadRow(@TempDir Path dir) throws IOException {
        var written = new DemoPortfolioGenerator(11, DemoPortfolioGenerator.DEMO_TEAMS,
                LocalDate.now(ZoneOffset.UTC)).write(dir, 5_000);

        var report = placements.validate(written.placementFile(), "placement.csv", ImportProgress.NONE);

        assertThat(report.fileError()).isNull();
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.totalRows()).isEqualTo(5_000);
        assertThat(report.validRows()).isEqualTo(5_000);
        assertThat(report.alreadyImported()).isZero();

        var paymentReport = payments.validate(written.paymentFile(), "payments.csv", ImportProgress.NONE);

        assertThat(paymentReport.fileError()).isNull();
        assertThat(paymentReport.errors()).isEmpty();
        assertThat(paymentReport.warnings()).as("the trailer agrees with the rows").isEmpty();
        assertThat(paymentReport.validRows()).isEqualTo(written.payments() + written.reversals());
        assertThat(paymentReport.controlTotal()).isEqualByComparingTo(paymentReport.amountTotal());
    }
}
