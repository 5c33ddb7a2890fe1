package org.equalitymonitoring.examples;

import java.util.List;
import java.util.Set;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.impact.GroupCount;
import org.equalitymonitoring.impact.GroupResult;
import org.equalitymonitoring.impact.ImpactAssessment;
import org.equalitymonitoring.impact.ImpactAssessor;
import org.equalitymonitoring.impact.OutcomeKind;
import org.equalitymonitoring.impact.Reference;
import org.equalitymonitoring.impact.RelativeLikelihood;
import org.equalitymonitoring.impact.WresIndicator;
import org.equalitymonitoring.stats.ConfidenceLevel;

/**
 * Computes WRES indicator 2 (relative likelihood of White applicants being appointed from
 * shortlisting compared to BME applicants) and an impact assessment of the proportion of each group
 * offered a service, published under NHS Digital disclosure control.
 *
 * <p>Shows: {@link WresIndicator#relativeLikelihood(List, Set, Set, ConfidenceLevel)} summing
 * ethnic groups into White and BME and excluding Not stated; {@link ImpactAssessor#proportions}
 * with White as the reference (Wilson intervals, Katz risk ratios, adverse impact, "too small to
 * say" below 10 events); and {@link ImpactAssessment#disclose} with {@link
 * DisclosurePolicy#nhsDigital()}: 1-7 suppressed, the rest rounded to 5, and a second group
 * suppressed so that the first cannot be worked out from the totals.
 */
public final class WresAndImpact {
  /** The indicator, the assessment as computed and the assessment as it may be published. */
  public record Result(
      RelativeLikelihood indicator2, ImpactAssessment assessment, ImpactAssessment published) {}

  private WresAndImpact() {}

  /** Computes the indicator and the assessment from the counts below. */
  public static Result compute() {
    // 1. WRES 2: events are appointments, denominators shortlisted applicants, by ethnic group.
    RelativeLikelihood indicator2 =
        WresIndicator.INDICATOR_2.relativeLikelihood(
            List.of(
                GroupCount.of("White British", 50, 250),
                GroupCount.of("White Irish", 4, 20),
                GroupCount.of("Any other White background", 6, 30),
                GroupCount.of("Indian", 12, 80),
                GroupCount.of("Pakistani", 7, 60),
                GroupCount.of("African", 6, 60),
                GroupCount.of("Not stated", 10, 40)),
            Set.of("White British", "White Irish", "Any other White background"),
            Set.of("Not stated"),
            ConfidenceLevel.NINETY_FIVE);
    // 2. Proportion of each group offered a service (a benefit), compared with White.
    ImpactAssessment assessment =
        ImpactAssessor.of(OutcomeKind.BENEFIT)
            .withReference(Reference.group("White"))
            .proportions(
                List.of(
                    GroupCount.of("White", 412, 523),
                    GroupCount.of("Asian", 121, 198),
                    GroupCount.of("Black", 58, 102),
                    GroupCount.of("Mixed", 5, 12),
                    GroupCount.of("Other", 33, 41)));
    // 3. Before publishing: NHS Digital disclosure control, with secondary suppression.
    return new Result(indicator2, assessment, assessment.disclose(DisclosurePolicy.nhsDigital()));
  }

  public static void main(String[] args) {
    Result result = compute();
    RelativeLikelihood rl = result.indicator2();
    System.out.printf(
        "WRES 2: RL %.2f (95%% CI %.2f-%.2f), %s, within 0.80-1.25: %s%n",
        rl.value(),
        rl.estimate().lower(),
        rl.estimate().upper(),
        rl.significance(),
        rl.withinNonAdverseRange());
    for (GroupResult g : result.published().groups()) {
      System.out.printf(
          "%-6s %5s/%-5s %6s%%  ratio %5s  %s%s%n",
          g.group(),
          g.events().isPresent() ? g.events().getAsLong() : "*",
          g.denominator().isPresent() ? (long) g.denominator().getAsDouble() : "*",
          g.value().isPresent() ? String.format("%.1f", g.value().getAsDouble()) : "*",
          g.ratio().isPresent() ? String.format("%.2f", g.ratio().getAsDouble()) : "-",
          g.adverseImpact().label(),
          g.suppressed() ? " (suppressed)" : "");
    }
  }
}
