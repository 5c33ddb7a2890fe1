package org.equalitymonitoring.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equalitymonitoring.resolution.Records.rec;

import org.junit.jupiter.api.Test;

class PersonResolverTest {
  private static final ResolutionPolicy POLICY =
      ResolutionPolicy.nhsDigitalGdpprRecency(JournalMap.CROSSWALK);

  @Test
  void accumulatesOnePersonAndResolves() {
    PersonResolver resolver = POLICY.newPersonResolver();
    assertThat(resolver.policy()).isSameAs(POLICY);
    assertThat(resolver.size()).isZero();
    resolver.add(rec("2020-01-01", "gp-journal", "A")).add(rec("2021-01-01", "apc", "N"));
    assertThat(resolver.size()).isEqualTo(2);
    assertThat(resolver.resolve().code()).contains("N");
    // Resolving keeps the records; more may follow.
    resolver.add(rec("2022-01-01", "op", "H"));
    Resolution r = resolver.resolve();
    assertThat(r.code()).contains("H");
    assertThat(r.personKey()).isEqualTo(Records.PERSON);
    assertThat(r.recordsConsidered()).isEqualTo(3);
  }

  @Test
  void clearLetsTheResolverTakeAnotherPerson() {
    PersonResolver resolver = POLICY.newPersonResolver();
    resolver.add(rec("a", "2020-01-01", "apc", "A"));
    resolver.clear();
    assertThat(resolver.size()).isZero();
    assertThat(resolver.add(rec("b", "2020-01-01", "apc", "B")).resolve().personKey())
        .isEqualTo("b");
  }

  @Test
  void anotherPersonsRecordIsRejectedWithoutQuotingKeys() {
    PersonResolver resolver =
        POLICY.newPersonResolver().add(rec("secret-a", "2020-01-01", "apc", "A"));
    assertThatThrownBy(() -> resolver.add(rec("secret-b", "2020-01-01", "apc", "A")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("record 2 belongs to another person than the 1 record(s)")
        .hasMessageNotContaining("secret");
    assertThat(resolver.size()).isEqualTo(1);
  }

  @Test
  void misuseIsReported() {
    PersonResolver resolver = POLICY.newPersonResolver();
    assertThatThrownBy(resolver::resolve)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no record added");
    assertThatThrownBy(() -> resolver.add(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("record");
  }
}
