package kz.appeals.query.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import kz.appeals.query.appeal.AppealView;

/**
 * The list as a file, personal data as the list shows it. A CSV cell a spreadsheet would read as a formula (starting
 * with = + - @, a tab or a carriage return: CSV injection) gets a leading apostrophe; XLSX cells are written as text
 * or numbers, never as formulas.
 */
final class Exports {

    static final List<String> HEADER = List.of("registrationNumber", "kind", "state", "bodyId", "applicantName",
            "applicantIdNumber", "receivedAt", "registeredOn", "dueDate", "workingDaysLeft", "executorId", "outcome",
            "decidedOn", "appealId");

    private Exports() {
    }

    static List<String> cells(AppealView v) {
        List<String> out = new ArrayList<>();
        out.add(v.registrationNumber());
        out.add(v.kind());
        out.add(v.state());
        out.add(v.bodyId());
        out.add(v.applicantName());
        out.add(v.applicantIdNumber());
        out.add(text(v.receivedAt()));
        out.add(text(v.registeredOn()));
        out.add(text(v.dueDate()));
        out.add(text(v.workingDaysLeft()));
        out.add(v.executorId());
        out.add(v.outcome());
        out.add(text(v.decidedOn()));
        out.add(v.appealId());
        return out;
    }

    /** UTF-8 with a byte-order mark, so a spreadsheet opens Kazakh and Russian text correctly. */
    static String csv(List<AppealView> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(HEADER.stream().map(Exports::cell).collect(Collectors.joining(","))).append("\r\n");
        for (AppealView v : rows) {
            out.append(cells(v).stream().map(Exports::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }

    /** One CSV cell: neutralised, then quoted when it holds a comma, quote or line break. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = neutralise(value);
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    static String neutralise(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    static void xlsx(List<AppealView> rows, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "appeals", "1.0");
        Worksheet sheet = workbook.newWorksheet("appeals");
        for (int c = 0; c < HEADER.size(); c++) {
            sheet.value(0, c, HEADER.get(c));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (AppealView v : rows) {
            List<String> cells = cells(v);
            for (int c = 0; c < cells.size(); c++) {
                if (c == 9 && v.workingDaysLeft() != null) {
                    sheet.value(r, c, v.workingDaysLeft());
                } else if (cells.get(c) != null) {
                    // fastexcel writes a String as an inline string, never a formula; the apostrophe keeps the cell
                    // the same as in the CSV, should it be pasted onwards
                    sheet.value(r, c, neutralise(cells.get(c)));
                }
            }
            r++;
        }
        workbook.finish();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
