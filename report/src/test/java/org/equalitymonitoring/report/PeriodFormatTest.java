package org.equalitymonitoring.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodFormatTest {
  @Test
  void isoReadsDaysMonthsAndYearsAsWritten() {
    PeriodFormat iso = PeriodFormat.iso();
    assertThat(iso.toIso("2026-04-01")).isEqualTo("2026-04-01");
    assertThat(iso.toIso(" 2026-04 ")).isEqualTo("2026-04");
    assertThat(iso.toIso("2026")).isEqualTo("2026");
  }

  @Test
  void isoRefusesUkDatesAndSuggestsTheDateFormat() {
    assertThatThrownBy(() -> PeriodFormat.iso().toIso("01/04/2026"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "'01/04/2026' is not a date written yyyy-MM-dd, yyyy-MM or yyyy; for dates written"
                + " day/month/year give --date-format dd/MM/yyyy");
    assertThatThrownBy(() -> PeriodFormat.iso().toIso("2026-02-30"))
        .hasMessageStartingWith("'2026-02-30' is not a date written");
    // At most 80 characters of the value are quoted.
    assertThatThrownBy(() -> PeriodFormat.iso().toIso("9".repeat(200)))
        .hasMessageStartingWith("'" + "9".repeat(80) + "\u2026' is not a date");
  }

  @Test
  void toDayReadsDaysAndRefusesMonthsAndYears() {
    assertThat(PeriodFormat.iso().toDay(" 2026-04-01 ")).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(PeriodFormat.ofPattern("dd/MM/yyyy").toDay("01/04/2026"))
        .isEqualTo(LocalDate.of(2026, 4, 1));
    assertThatThrownBy(() -> PeriodFormat.iso().toDay("2026-04"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'2026-04' is a month, not a day: write the day, as yyyy-MM-dd");
    assertThatThrownBy(() -> PeriodFormat.ofPattern("dd/MM/yyyy").toDay("2026"))
        .hasMessage("'2026' is a year, not a day: write the day, as yyyy-MM-dd or dd/MM/yyyy");
    assertThatThrownBy(() -> PeriodFormat.iso().toDay("2026-02-30"))
        .hasMessageStartingWith("'2026-02-30' is not a date written");
  }

  @Test
  void aUkPatternReadsTheFirstOfAprilAndStillReadsIso() {
    PeriodFormat uk = PeriodFormat.ofPattern("dd/MM/yyyy");
    // 01/04/2026 in the UK is the 1st of April 2026.
    assertThat(uk.toIso("01/04/2026")).isEqualTo("2026-04-01");
    assertThat(uk.toIso(" 31/12/2025")).isEqualTo("2025-12-31");
    assertThat(uk.toIso("2026-04-01")).isEqualTo("2026-04-01");
    assertThat(uk.toIso("2026-04")).isEqualTo("2026-04");
  }

  @Test
  void aPatternIsReadStrictly() {
    PeriodFormat uk = PeriodFormat.ofPattern("dd/MM/yyyy");
    // 2026 is not a leap year: there is no 29th of February, and it is not moved to the 28th.
    assertThatThrownBy(() -> uk.toIso("29/02/2026"))
        .hasMessage("'29/02/2026' is not a date written dd/MM/yyyy or yyyy-MM-dd, yyyy-MM or yyyy");
    assertThat(uk.toIso("29/02/2028")).isEqualTo("2028-02-29");
    assertThatThrownBy(() -> uk.toIso("04/2026")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void monthPatternsAndPatternsWithATimeGiveMonthsAndDays() {
    assertThat(PeriodFormat.ofPattern("MM/yyyy").toIso("04/2026")).isEqualTo("2026-04");
    assertThat(PeriodFormat.ofPattern("MMM yyyy").toIso("Apr 2026")).isEqualTo("2026-04");
    assertThat(PeriodFormat.ofPattern("dd/MM/yyyy HH:mm").toIso("01/04/2026 09:30"))
        .isEqualTo("2026-04-01");
    assertThat(PeriodFormat.ofPattern("d/M/yy").toIso("1/4/26")).isEqualTo("2026-04-01");
  }

  @Test
  void aPatternMustBeAJavaTimePatternWithAYear() {
    assertThatThrownBy(() -> PeriodFormat.ofPattern("dd/MM"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the date format 'dd/MM' has no year (y); write it as a java.time pattern such as"
                + " dd/MM/yyyy");
    assertThatThrownBy(() -> PeriodFormat.ofPattern("dd/bb/yyyy"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "the date format 'dd/bb/yyyy' is not a java.time pattern such as dd/MM/yyyy (");
    assertThatThrownBy(() -> PeriodFormat.ofPattern(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("pattern");
  }
}
