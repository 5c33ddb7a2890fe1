package org.equalitymonitoring.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.equalitymonitoring.disclosure.CountTable;
import org.equalitymonitoring.disclosure.DisclosedTable;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.disclosure.PublishedCell;

/** Applies a disclosure policy to the counts behind an {@link ImpactAssessment}. */
final class GroupDisclosure {

  private GroupDisclosure() {}

  static List<GroupResult> apply(
      Measure measure,
      Optional<String> referenceGroup,
      List<GroupResult> groups,
      List<GroupCount> counts,
      DisclosurePolicy policy) {
    int k = counts.size();
    boolean twoColumn =
        (measure == Measure.PROPORTION || measure == Measure.RELATIVE_LIKELIHOOD)
            && counts.stream().allMatch(c -> isWhole(c.denominator()));
    DisclosedTable table;
    if (twoColumn) {
      long[][] rows = new long[k][];
      for (int r = 0; r < k; r++) {
        GroupCount c = counts.get(r);
        rows[r] = new long[] {c.events(), (long) c.denominator() - c.events()};
      }
      table = policy.applyTo(CountTable.of(rows));
    } else {
      long[] events = counts.stream().mapToLong(GroupCount::events).toArray();
      table = policy.applyTo(CountTable.oneWay(events));
    }

    boolean[] suppressed = new boolean[k];
    boolean referenceSuppressed = false;
    boolean highestSuppressed = false;
    for (int r = 0; r < k; r++) {
      for (int c = 0; c < table.columnCount(); c++) {
        suppressed[r] |= table.cell(r, c).isSuppressed();
      }
      GroupResult g = groups.get(r);
      if (suppressed[r] && referenceGroup.filter(g.group()::equals).isPresent()) {
        referenceSuppressed = true;
      }
      if (suppressed[r] && g.impactRatio().isPresent() && g.impactRatio().getAsDouble() == 1.0) {
        highestSuppressed = true;
      }
    }

    List<GroupResult> out = new ArrayList<>(k);
    for (int r = 0; r < k; r++) {
      GroupResult g = groups.get(r);
      OptionalLong events = table.cell(r, 0).value();
      OptionalDouble denominator;
      if (twoColumn) {
        denominator = asDouble(table.rowTotal(r));
      } else if (measure == Measure.REPRESENTATION) {
        denominator = asDouble(table.grandTotal());
      } else {
        denominator = g.denominator();
      }
      GroupResult.Builder b = g.toBuilder();
      if (suppressed[r]) {
        b.suppress(events, denominator);
      } else {
        b.counts(events, denominator);
      }
      if (referenceSuppressed) {
        b.hideComparison();
      }
      if (highestSuppressed) {
        b.hideImpactRatio();
      }
      out.add(b.build());
    }
    return out;
  }

  private static OptionalDouble asDouble(PublishedCell cell) {
    OptionalLong v = cell.value();
    return v.isPresent() ? OptionalDouble.of(v.getAsLong()) : OptionalDouble.empty();
  }

  private static boolean isWhole(double x) {
    return x == Math.rint(x) && x < 0x1p62;
  }
}
