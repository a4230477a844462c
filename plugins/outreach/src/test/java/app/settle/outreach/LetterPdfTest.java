package app.settle.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class LetterPdfTest {

    @Test
    void aLongLetterRunsOntoASecondPageWithEveryLineReadable() throws Exception {
        String body = "This communication is from a debt collector. “Quotes” — and a ☃ snowman.\n\n"
                + "Paragraph. ".repeat(600);
        byte[] pdf = LetterPdf.render("Settle Recovery", "23 November 2026", "Pat Doe", "1 Main St, Albany, NY 12207",
                "Balance reminder", body);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Settle Recovery", "Pat Doe", "1 Main St", "Albany", "NY 12207",
                    "Balance reminder", "from a debt collector", "“Quotes” — and a ? snowman");
        }
    }
}
