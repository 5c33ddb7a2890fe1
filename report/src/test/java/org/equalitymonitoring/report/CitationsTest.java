package org.equalitymonitoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.junit.jupiter.api.Test;

class CitationsTest {
  @Test
  void everyBuiltInDisclosurePolicyCitesAPublishedSourceAndNoProjectFile() {
    for (DisclosurePolicy policy : DisclosurePolicy.builtIn()) {
      assertThat(Citations.disclosure(policy)).as(policy.id()).isNotBlank().doesNotContain(".md");
    }
    // STATISTICAL-METHODS.md §9: "Source: digital.nhs.uk "Disclosure control methodology for HES
    // and ECDS"" and "Ofqual (gov.uk rounding policy)".
    assertThat(Citations.disclosure(DisclosurePolicy.nhsDigital()))
        .contains("Disclosure control methodology for HES and ECDS");
    assertThat(Citations.disclosure(DisclosurePolicy.roundToFiveFewerThanFive()))
        .contains("Ofqual");
  }

  @Test
  void aDataSourceLosesTheNameOfTheProjectsCopyAndKeepsTheRest() {
    assertThat(
            Citations.withoutProjectFiles(
                "ONS Census 2021 TS021 via Nomis, as committed in a/b@36520f18:data/x.xlsx"
                    + " (reference census/ts021.csv)"))
        .isEqualTo("ONS Census 2021 TS021 via Nomis, as committed in a/b@36520f18:data/x.xlsx");
    assertThat(
            Citations.withoutProjectFiles("ONS (OGL v3) (reference a.csv) and (reference b.csv)"))
        .isEqualTo("ONS (OGL v3) and");
  }
}
