package org.equalitymonitoring.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StandardPopulationTest {

  @Test
  void esp2013HasTheDossierBandsAndWeights() {
    // dossier §4: 19 bands 0-4 … 85-89, 90+; weights as listed; sum 100,000
    StandardPopulation esp = StandardPopulation.esp2013();
    assertThat(esp.name()).isEqualTo("ESP2013");
    assertThat(esp.weights())
        .containsExactly(
            5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500,
            5000, 4000, 2500, 1500, 1000);
    assertThat(esp.ageBands()).hasSize(19);
    assertThat(esp.ageBands().get(0)).isEqualTo("0-4");
    assertThat(esp.ageBands().get(17)).isEqualTo("85-89");
    assertThat(esp.ageBands().get(18)).isEqualTo("90+");
    assertThat(esp.total()).isEqualTo(100000.0);
    assertThat(StandardPopulation.esp2013()).isSameAs(esp);
  }

  @Test
  void weightsAreDefensivelyCopied() {
    double[] weights = StandardPopulation.esp2013().weights();
    weights[0] = -1;
    assertThat(StandardPopulation.esp2013().weights()[0]).isEqualTo(5000.0);
  }

  @Test
  void customPopulationValidatesItsInputs() {
    StandardPopulation esp1976Head =
        StandardPopulation.of("ESP1976 head", List.of("0-4", "5-9"), new double[] {8000, 7000});
    assertThat(esp1976Head.total()).isEqualTo(15000.0);
    assertThatThrownBy(() -> StandardPopulation.of("x", List.of("0-4"), new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ageBands and weights must have the same length, got ageBands.size()=1,"
                + " weights.length=2");
    assertThatThrownBy(() -> StandardPopulation.of("x", List.of("0-4"), new double[] {-1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights must all be finite numbers >= 0, got weights[0]=-1.0");
    assertThatThrownBy(() -> StandardPopulation.of(null, List.of("0-4"), new double[] {1}))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
  }

  @Test
  void populationsAreEqualWhenNameBandsAndWeightsAre() {
    StandardPopulation two =
        StandardPopulation.of("two", List.of("0-49", "50+"), new double[] {3, 1});
    assertThat(StandardPopulation.of("two", List.of("0-49", "50+"), new double[] {3, 1}))
        .isEqualTo(two)
        .hasSameHashCodeAs(two);
    assertThat(StandardPopulation.of("other", List.of("0-49", "50+"), new double[] {3, 1}))
        .isNotEqualTo(two);
    assertThat(StandardPopulation.of("two", List.of("0-44", "45+"), new double[] {3, 1}))
        .isNotEqualTo(two);
    assertThat(StandardPopulation.of("two", List.of("0-49", "50+"), new double[] {1, 3}))
        .isNotEqualTo(two);
    assertThat(two).isNotEqualTo("two").hasToString("StandardPopulation[two, 2 bands]");
    assertThat(StandardPopulation.esp2013()).isEqualTo(StandardPopulation.esp2013());
  }
}
