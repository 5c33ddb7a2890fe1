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
}
