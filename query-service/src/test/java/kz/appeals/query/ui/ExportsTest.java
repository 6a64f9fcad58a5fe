package kz.appeals.query.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.appeals.query.appeal.AppealView;

class ExportsTest {

    static AppealView appeal(String applicantName) {
        return new AppealView("id-1", "ЖТ-2026-00000001", "APPLICATION", "REGISTERED", "almaty-akimat", "Akimat",
                null, "INDIVIDUAL", "9001******17", applicantName, false, 0, "ELECTRONIC", "E_OTINISH",
                Instant.parse("2026-03-14T14:00:00Z"), LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 17),
                LocalDate.of(2026, 4, 9), 12, "15 working days", "APPC art. 76(1)", "r", "c", null, null,
                List.of(), 0, false, null, null, null, null, 1, Instant.parse("2026-03-16T04:00:00Z"));
    }

    @Test
    void aCellASpreadsheetWouldTakeForAFormulaGetsALeadingApostrophe() {
        for (String formula : List.of("=HYPERLINK(\"http://x\")", "+7701", "-1+2", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(Exports.neutralise(formula)).as(formula).isEqualTo("'" + formula);
        }
        assertThat(Exports.neutralise("Aigerim Sadykova")).isEqualTo("Aigerim Sadykova");
        assertThat(Exports.neutralise("")).isEmpty();
    }

    @Test
    void theCsvQuotesAfterNeutralisingAndStartsWithAByteOrderMark() {
        String csv = Exports.csv(List.of(appeal("=cmd|' /C calc'!A0, \"x\"")));
        assertThat(csv).startsWith("\uFEFFregistrationNumber,kind,state");
        assertThat(csv).contains("\"'=cmd|' /C calc'!A0, \"\"x\"\"\"");
        assertThat(csv).contains("ЖТ-2026-00000001", "9001******17", "2026-04-09");
        assertThat(csv.lines().count()).isEqualTo(2);
    }

    @Test
    void theXlsxIsAWorkbookWithTheSameNeutralisedText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exports.xlsx(List.of(appeal("=1+1")), out);
        // read through the central directory, as a spreadsheet application does
        java.nio.file.Path file = java.nio.file.Files.createTempFile("appeals", ".xlsx");
        java.nio.file.Files.write(file, out.toByteArray());
        StringBuilder sheet = new StringBuilder();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                var entry = entries.nextElement();
                if (entry.getName().startsWith("xl/worksheets/") || entry.getName().equals("xl/sharedStrings.xml")) {
                    sheet.append(new String(zip.getInputStream(entry).readAllBytes(),
                            java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        // XML escapes the apostrophe; the cell is the text '=1+1, and no cell is a formula (<f>)
        assertThat(sheet).contains("&apos;=1+1").doesNotContain("<f>");
        // fastexcel writes non-ASCII as character references: Ж = &#x416;, Т = &#x422;
        assertThat(sheet.toString()).contains("&#x416;&#x422;-2026-00000001");
    }
}
