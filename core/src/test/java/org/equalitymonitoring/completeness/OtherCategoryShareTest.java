package org.equalitymonitoring.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.TestSchemes;
import org.junit.jupiter.api.Test;

class OtherCategoryShareTest {
  @Test
  void sharesOfAnyOtherCategoriesAmongKnownRecords() {
    Recogniser recogniser = Recogniser.of(TestSchemes.nhs2001());
    CompletenessTally tally = CompletenessTally.create();
    tally.add("u", recogniser.recognise("K"), 30);
    tally.add("u", recogniser.recognise("L"), 50); // Any other Asian background
    tally.add("u", recogniser.recognise("S"), 20); // Any other ethnic group
    tally.add("u", recogniser.recognise("Z"), 100); // not known records are not in the denominator
    List<OtherCategoryShare> shares = OtherCategoryShare.of(tally.overall());
    assertThat(shares).extracting(s -> s.category().code()).containsExactly("L", "S");
    assertThat(shares.get(0).share()).isCloseTo(50.0 / 100, within(1e-15));
    assertThat(shares.get(1).known()).isEqualTo(100);
  }

  @Test
  void equalCountsRankByCodeAndSharesCompareByValue() {
    Recogniser recogniser = Recogniser.of(TestSchemes.nhs2001());
    CompletenessTally tally = CompletenessTally.create();
    tally.add("u", recogniser.recognise("S"), 10).add("u", recogniser.recognise("L"), 10);
    tally.add("u", recogniser.recognise("A"), 80);
    List<OtherCategoryShare> shares = OtherCategoryShare.of(tally.overall());
    // A tie in count is broken by code, so L (Any other Asian) comes before S.
    assertThat(shares).extracting(s -> s.category().code()).containsExactly("L", "S");
    assertThat(shares.get(0)).hasToString("L 10/100");
    assertThat(OtherCategoryShare.of(tally.overall()).get(0))
        .isEqualTo(shares.get(0))
        .hasSameHashCodeAs(shares.get(0))
        .isNotEqualTo(shares.get(1))
        .isNotEqualTo("L 10/100");
    tally.add("u", recogniser.recognise("L"), 1);
    // One more L record changes both its count (11) and the known denominator (101).
    OtherCategoryShare moreL = OtherCategoryShare.of(tally.overall()).get(0);
    assertThat(moreL).isNotEqualTo(shares.get(0)).hasToString("L 11/101");
    tally.add("u", recogniser.recognise("A"), 1);
    // Another known record elsewhere changes only the denominator.
    assertThat(OtherCategoryShare.of(tally.overall()).get(0))
        .isNotEqualTo(moreL)
        .hasToString("L 11/102");
  }

  @Test
  void noKnownRecordsMeansNoShares() {
    CompletenessTally tally = CompletenessTally.create();
    tally.add("u", Recogniser.of(TestSchemes.nhs2001()).recognise("Z"), 5);
    assertThat(OtherCategoryShare.of(tally.overall())).isEmpty();
  }
}
