package org.equalitymonitoring.impact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.equalitymonitoring.disclosure.CountTable;
import org.equalitymonitoring.disclosure.DisclosedTable;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.disclosure.PublishedCell;
import org.equalitymonitoring.disclosure.TableEntry;

/**
 * Applies a disclosure policy to the counts behind an {@link ImpactAssessment}: one table of the
 * counts, and from it the published counts of the groups none of whose entries is suppressed.
 */
final class GroupDisclosure {

  private GroupDisclosure() {}

  /** The published counts of the published groups and the published total of events. */
  static final class Published {
    private final Set<String> groups;
    private final List<GroupCount> counts;
    private final long total;

    private Published(Set<String> groups, List<GroupCount> counts, long total) {
      this.groups = groups;
      this.counts = counts;
      this.total = total;
    }

    boolean isPublished(String group) {
      return groups.contains(group);
    }

    /** The published counts, in the form the assessor's method for the measure takes. */
    List<GroupCount> counts() {
      return counts;
    }

    /** The published total of events over every group; negative if it is suppressed. */
    long total() {
      return total;
    }

    /**
     * Whether the published counts can be assessed: at least two groups, and for representation a
     * published total to take shares of.
     */
    boolean enoughToAssess(Measure measure) {
      return groups.size() >= 2 && (measure != Measure.REPRESENTATION || total > 0);
    }
  }

  /**
   * Publishes the counts under the policy.
   *
   * @param measure the measure, which decides the table
   * @param results the original results, for the group order
   * @param input the counts as the assessor took them (stratified for {@link Measure#DSR})
   * @param policy the policy
   * @param alsoWithheld groups whose entries are suppressed whatever their counts
   */
  static Published publish(
      Measure measure,
      List<GroupResult> results,
      List<GroupCount> input,
      DisclosurePolicy policy,
      Set<String> alsoWithheld) {
    List<String> groups = new ArrayList<>(results.size());
    results.forEach(r -> groups.add(r.group()));
    if (measure == Measure.DSR) {
      return publishStrata(groups, input, policy, alsoWithheld);
    }
    boolean twoColumn =
        (measure == Measure.PROPORTION || measure == Measure.RELATIVE_LIKELIHOOD)
            && input.stream().allMatch(c -> isWhole(c.denominator()));
    long[][] rows = new long[input.size()][];
    for (int r = 0; r < input.size(); r++) {
      GroupCount c = input.get(r);
      rows[r] =
          twoColumn
              ? new long[] {c.events(), (long) c.denominator() - c.events()}
              : new long[] {c.events()};
    }
    DisclosedTable table = policy.applyTo(CountTable.of(rows), withheld(groups, alsoWithheld));
    Set<String> published = new LinkedHashSet<>();
    List<GroupCount> counts = new ArrayList<>();
    for (int r = 0; r < input.size(); r++) {
      if (rowPublished(table, r)) {
        GroupCount c = input.get(r);
        long events = table.cell(r, 0).value().getAsLong();
        double denominator = twoColumn ? table.rowTotal(r).value().getAsLong() : c.denominator();
        published.add(c.group());
        counts.add(GroupCount.of(c.group(), events, denominator));
      }
    }
    return new Published(published, counts, valueOrMinusOne(table.grandTotal()));
  }

  /** Events by group and stratum: a group is published only if every one of its strata is. */
  private static Published publishStrata(
      List<String> groups,
      List<GroupCount> strata,
      DisclosurePolicy policy,
      Set<String> alsoWithheld) {
    Map<String, Map<String, GroupCount>> byGroup = new LinkedHashMap<>();
    for (String g : groups) {
      byGroup.put(g, new LinkedHashMap<>());
    }
    for (GroupCount c : strata) {
      byGroup.get(c.group()).put(c.stratum().orElseThrow(), c);
    }
    List<String> bands = new ArrayList<>(byGroup.get(groups.get(0)).keySet());
    long[][] rows = new long[groups.size()][bands.size()];
    for (int r = 0; r < groups.size(); r++) {
      for (int k = 0; k < bands.size(); k++) {
        rows[r][k] = byGroup.get(groups.get(r)).get(bands.get(k)).events();
      }
    }
    DisclosedTable table = policy.applyTo(CountTable.of(rows), withheld(groups, alsoWithheld));
    Set<String> published = new LinkedHashSet<>();
    List<GroupCount> counts = new ArrayList<>();
    for (int r = 0; r < groups.size(); r++) {
      if (rowPublished(table, r)) {
        String group = groups.get(r);
        published.add(group);
        for (int k = 0; k < bands.size(); k++) {
          GroupCount c = byGroup.get(group).get(bands.get(k));
          counts.add(
              GroupCount.stratified(
                  group, bands.get(k), table.cell(r, k).value().getAsLong(), c.denominator()));
        }
      }
    }
    return new Published(published, counts, valueOrMinusOne(table.grandTotal()));
  }

  /** The row totals of the groups to withhold: suppressing a row's total withholds the row. */
  private static Set<TableEntry> withheld(List<String> groups, Set<String> alsoWithheld) {
    Set<TableEntry> entries = new HashSet<>();
    for (int r = 0; r < groups.size(); r++) {
      if (alsoWithheld.contains(groups.get(r))) {
        entries.add(TableEntry.rowTotal(r));
      }
    }
    return entries;
  }

  private static boolean rowPublished(DisclosedTable table, int row) {
    if (table.rowTotal(row).isSuppressed()) {
      return false;
    }
    for (int c = 0; c < table.columnCount(); c++) {
      if (table.cell(row, c).isSuppressed()) {
        return false;
      }
    }
    return true;
  }

  private static long valueOrMinusOne(PublishedCell cell) {
    return cell.value().orElse(-1);
  }

  private static boolean isWhole(double x) {
    return x == Math.rint(x) && x < 0x1p62;
  }
}
