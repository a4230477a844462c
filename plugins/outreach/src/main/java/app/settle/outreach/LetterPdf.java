package app.settle.outreach;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A letter as a PDF (US Letter, Helvetica): sender, date, recipient's name and address, heading, then the text
 * wrapped to the page, running onto more pages as needed. Characters the standard font cannot show are replaced
 * ("?"), never dropped silently.
 */
final class LetterPdf {

    private static final float MARGIN = 72;
    private static final float SIZE = 11;
    private static final float LEADING = 15;

    private LetterPdf() {
    }

    static byte[] render(String sender, String date, String recipient, String address, String heading, String body) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
            List<Line> lines = new ArrayList<>();
            lines.add(new Line(sender, bold));
            lines.add(new Line(date, regular));
            lines.add(new Line("", regular));
            lines.add(new Line(recipient, regular));
            if (address != null) {
                for (String part : address.split(",\\s*")) {
                    lines.add(new Line(part, regular));
                }
            }
            lines.add(new Line("", regular));
            if (heading != null && !heading.isBlank()) {
                lines.add(new Line(heading, bold));
                lines.add(new Line("", regular));
            }
            for (String paragraph : body.split("\\R", -1)) {
                lines.addAll(wrap(safe(paragraph, regular), regular, width));
            }
            writePages(document, lines);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the letter", e);
        }
    }

    private record Line(String text, PDType1Font font) {
    }

    private static void writePages(PDDocument document, List<Line> lines) throws IOException {
        float top = PDRectangle.LETTER.getHeight() - MARGIN;
        int perPage = (int) ((top - MARGIN) / LEADING);
        for (int start = 0; start < lines.size(); start += perPage) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.newLineAtOffset(MARGIN, top);
                for (Line line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                    content.setFont(line.font(), SIZE);
                    content.showText(safe(line.text(), line.font()));
                    content.newLineAtOffset(0, -LEADING);
                }
                content.endText();
            }
        }
    }

    private static List<Line> wrap(String paragraph, PDType1Font font, float width) throws IOException {
        List<Line> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * SIZE > width) {
                lines.add(new Line(current.toString(), font));
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(new Line(current.toString(), font));
        return lines;
    }

    /** The text with what the font cannot encode replaced by '?'. */
    static String safe(String text, PDType1Font font) {
        StringBuilder out = new StringBuilder();
        text.replace('\t', ' ').codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append(switch (cp) {
                    case '\u2018', '\u2019' -> "'";
                    case '\u201c', '\u201d' -> "\"";
                    case '\u2013', '\u2014', '\u2212' -> "-";
                    case '\u2022' -> "*";
                    default -> "?";
                });
            }
        });
        return out.toString();
    }
}
