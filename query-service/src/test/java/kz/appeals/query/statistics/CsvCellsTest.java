package kz.appeals.query.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void formulaStartsAreNeutralisedAndOrdinaryTextIsNot() {
        assertThat(CsvCells.neutralise("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvCells.neutralise("+1")).isEqualTo("'+1");
        assertThat(CsvCells.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.neutralise("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvCells.neutralise("almaty-akimat")).isEqualTo("almaty-akimat");
        assertThat(CsvCells.neutralise("")).isEmpty();
        assertThat(CsvCells.text(null)).isEmpty();
        assertThat(CsvCells.text("=1+\"a\"")).isEqualTo("\"'=1+\"\"a\"\"\"");
    }

    @Test
    void theStatisticsCsvNeutralisesItsKeyColumn() {
        String csv = StatisticsController.csv(List.of(
                new StatisticsController.Row("=cmd|' /C calc'!A0", 1, 0, 0, null, null, null),
                new StatisticsController.Row("police", 2, 1, 1, 1.0, 3.0, 3.0)));
        assertThat(csv.lines()).containsExactly(
                "key,appeals,decided,decidedOnTime,onTimeRate,meanWorkingDaysToDecision,p90WorkingDaysToDecision",
                "\"'=cmd|' /C calc'!A0\",1,0,0,,,",
                "\"police\",2,1,1,1.00,3.00,3.00");
    }
}
