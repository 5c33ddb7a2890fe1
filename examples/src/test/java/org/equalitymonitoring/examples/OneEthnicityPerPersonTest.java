package org.equalitymonitoring.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.equalitymonitoring.resolution.Resolution;
import org.equalitymonitoring.resolution.ResolutionRule;
import org.junit.jupiter.api.Test;

/**
 * Checks each person against the GDPPR recency method worked by hand from its published steps (drop
 * Z, 99, X, 9 and blanks; most recent record; source priority Journal &gt; Patient &gt; APC &gt; AE
 * &gt; OP; still different codes from the top source on the latest date: null).
 */
class OneEthnicityPerPersonTest {
  private final List<Resolution> resolutions =
      OneEthnicityPerPerson.resolve(OneEthnicityPerPerson.sampleRecords());

  @Test
  void oneResolutionPerPersonWithTheRuleThatDecidedIt() {
    assertThat(resolutions)
        .extracting(Resolution::personKey, Resolution::code, Resolution::rule)
        .containsExactly(
            tuple("p1", Optional.of("H"), ResolutionRule.LATEST),
            tuple("p2", Optional.of("C"), ResolutionRule.TIE_BROKEN_BY_SOURCE_PRIORITY),
            tuple("p3", Optional.empty(), ResolutionRule.TIE_UNRESOLVED),
            tuple("p4", Optional.empty(), ResolutionRule.NO_KNOWN_RECORD),
            tuple("p5", Optional.of("N"), ResolutionRule.ONLY_KNOWN_CODE));
  }

  @Test
  void conflictsAndRecordsConsideredAreReported() {
    // p1 considered 3 records, of which A and H are known: a conflict; Z was dropped.
    assertThat(resolutions.get(0).knownCodes()).containsExactly("A", "H");
    assertThat(resolutions.get(0).hasConflict()).isTrue();
    assertThat(resolutions.get(0).recordsConsidered()).isEqualTo(3);
    // p4 has no known code; p5's undated GP patient record and its A&E record agree on N.
    assertThat(resolutions.get(3).knownCodes()).isEmpty();
    assertThat(resolutions.get(4).knownCodes()).containsExactly("N");
    assertThat(resolutions.get(4).recordsConsidered()).isEqualTo(2);
  }

  @Test
  void mainRuns() {
    OneEthnicityPerPerson.main(new String[0]);
  }
}
