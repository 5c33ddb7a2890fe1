package org.equalitymonitoring.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PopulationCellTest {
  @Test
  void keepsItsValues() {
    PopulationCell cell =
        PopulationCell.of(
            "1", "London", Optional.of("Aged 24 years and under"), Optional.of("Male"), 5);
    assertThat(cell.categoryCode()).isEqualTo("1");
    assertThat(cell.area()).isEqualTo("London");
    assertThat(cell.ageBand()).contains("Aged 24 years and under");
    assertThat(cell.sex()).contains("Male");
    assertThat(cell.count()).isEqualTo(5);
    assertThat(cell).hasToString("1 London Aged 24 years and under Male: 5");
  }

  @Test
  void hasNoAgeOrSexByDefault() {
    PopulationCell cell = PopulationCell.of("A", "England", 0);
    assertThat(cell.ageBand()).isEmpty();
    assertThat(cell.sex()).isEmpty();
    assertThat(cell).isEqualTo(PopulationCell.of("A", "England", 0));
    assertThat(cell).isNotEqualTo(PopulationCell.of("A", "England", 1));
  }

  @Test
  void rejectsNegativeCount() {
    assertThatThrownBy(() -> PopulationCell.of("A", "England", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must be at least 0, got -1 for category 'A'");
  }

  @Test
  void rejectsBlankLabels() {
    assertThatThrownBy(() -> PopulationCell.of(" ", "England", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("categoryCode must not be blank, got ' '");
    assertThatThrownBy(() -> PopulationCell.of("A", "", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("area must not be blank, got ''");
    assertThatThrownBy(() -> PopulationCell.of("A", "E", Optional.of(""), Optional.empty(), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ageBand must not be blank, got ''");
    assertThatThrownBy(() -> PopulationCell.of("A", "E", Optional.empty(), Optional.of(" "), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sex must not be blank, got ' '");
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> PopulationCell.of(null, "E", 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("categoryCode");
  }
}
