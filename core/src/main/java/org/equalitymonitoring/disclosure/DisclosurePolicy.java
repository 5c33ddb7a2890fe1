package org.equalitymonitoring.disclosure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A named statistical disclosure control policy: the primary rule applied to each count and total
 * (suppress small counts, round the rest) and whether secondary suppression follows.
 *
 * <p>The built-in policies encode the published rules recorded in {@code STATISTICAL-METHODS.md} §9
 * and {@code USERS-AND-METRICS.md} §1.2/§2.4:
 *
 * <ul>
 *   <li>{@link #nhsDigital()}: 0 stays 0, 1–7 is suppressed, everything else to the nearest 5.
 *   <li>{@link #threshold10()}: nothing below 10, including 0, is released (UK LLC TRE).
 *   <li>{@link #roundToFiveFewerThanFive()}: 1–4 is suppressed, the rest to the nearest 5, a true 0
 *       shown as 0 (Ofqual / gov.uk).
 *   <li>{@link #none()}: no control.
 * </ul>
 *
 * <p>One rule holds for every controlling policy: a published figure is computed only from
 * published entries. Each policy applies its primary rule to the totals as well as to the cells,
 * always to the unrounded totals (so a published total is the rounded true total, not the sum of
 * the rounded cells); shares ({@link Shares}) are computed from published values only. Every
 * suppressed entry, primary or secondary, is shown as {@code "*"}, so that a reader cannot tell a
 * small count from a count withheld to protect one. Instances are immutable and thread-safe.
 */
public final class DisclosurePolicy {
  /**
   * What every suppressed entry is shown as under every built-in policy, primary and secondary
   * alike, so that a reader cannot tell a small count from a count withheld to protect it.
   */
  static final String SYMBOL = "*";

  private static final DisclosurePolicy NHS_DIGITAL =
      new DisclosurePolicy(
          "nhs-digital",
          "NHS Digital disclosure control for HES and ECDS (from September 2018) at sub-national"
              + " level: 0 stays 0, 1-7 is replaced by \"*\", everything else is rounded to the"
              + " nearest 5; percentages are computed after suppression from the rounded counts.",
          "STATISTICAL-METHODS.md §9 (NHS Digital, HES and ECDS, from Sept 2018);"
              + " USERS-AND-METRICS.md §1.2 and §2.4 (Ethnic Category Coverage MI)",
          new CellRule(1, 7, 5),
          true);

  private static final DisclosurePolicy THRESHOLD_10 =
      new DisclosurePolicy(
          "threshold-10",
          "Threshold of 10: no count below 10, including 0, is released (shown as \"*\"); counts"
              + " of 10 or more are released unrounded; secondary masking is required.",
          "STATISTICAL-METHODS.md §9 (UK LLC TRE; ONS LS threshold of 10)",
          new CellRule(0, 9, 1),
          true);

  private static final DisclosurePolicy ROUND_TO_FIVE =
      new DisclosurePolicy(
          "round-5-fewer-than-5",
          "Round to the nearest 5; 1-4 (fewer than 5) is suppressed; a true 0 is shown as 0;"
              + " suppressed counts, and those withheld to protect them, are shown as \"*\";"
              + " totals are rounded like counts and percentages are computed from the published"
              + " counts.",
          "STATISTICAL-METHODS.md §9 (Ofqual, gov.uk rounding policy)",
          new CellRule(1, 4, 5),
          true);

  private static final DisclosurePolicy NONE =
      new DisclosurePolicy(
          "none",
          "No disclosure control: every count and total is published as it is (for example"
              + " NHS Digital national counts).",
          "STATISTICAL-METHODS.md §9 (NHS Digital: national counts have no disclosure control)",
          CellRule.noControl(),
          false);

  private static final List<DisclosurePolicy> BUILT_IN =
      List.of(NHS_DIGITAL, THRESHOLD_10, ROUND_TO_FIVE, NONE);

  private final String id;
  private final String description;
  private final String reference;
  private final CellRule rule;
  private final boolean secondarySuppression;

  private DisclosurePolicy(
      String id,
      String description,
      String reference,
      CellRule rule,
      boolean secondarySuppression) {
    this.id = id;
    this.description = description;
    this.reference = reference;
    this.rule = rule;
    this.secondarySuppression = secondarySuppression;
  }

  /**
   * Returns the NHS Digital policy for HES and ECDS, from September 2018, for sub-national counts
   * ({@code STATISTICAL-METHODS.md} §9): 0 stays 0; 1–7 is replaced by "*"; everything else is
   * rounded to the nearest 5 (so 8 → 10 and 26 → 25). Totals get the same rule, applied to the
   * unrounded total. Secondary suppression is applied. Percentages are computed after suppression
   * from the rounded counts, as in the Ethnic Category Coverage MI ({@code USERS-AND-METRICS.md}
   * §1.2, §2.4).
   *
   * <p>The reference marks as unverified whether HES totals are rounded from unrounded sums; this
   * policy rounds the unrounded total, which is what the Ofqual rule states and what keeps every
   * total consistent with the 1–7 rule. National counts have no disclosure control: use {@link
   * #none()} for them. The presentational rule tying the displayed precision of a percentage to the
   * rounded denominator is left to the caller.
   *
   * @return the policy with id {@code "nhs-digital"}
   */
  public static DisclosurePolicy nhsDigital() {
    return NHS_DIGITAL;
  }

  /**
   * Returns the threshold-of-10 policy ({@code STATISTICAL-METHODS.md} §9, UK LLC TRE: "nothing
   * with a count below 10 (including 0) leaves the TRE, and secondary masking is required"; ONS LS:
   * "a threshold of 10"): every count and total from 0 to 9 is suppressed as "*", every other is
   * published unrounded, and secondary suppression is applied. Percentages come from the published
   * values, which here are the unrounded counts.
   *
   * @return the policy with id {@code "threshold-10"}
   */
  public static DisclosurePolicy threshold10() {
    return THRESHOLD_10;
  }

  /**
   * Returns the round-to-5 policy for counts fewer than 5 ({@code STATISTICAL-METHODS.md} §9,
   * Ofqual / gov.uk rounding policy): counts are rounded to the nearest 5 (26 → 25); 1–4 is
   * suppressed; a true 0 is shown as 0. Secondary suppression is applied so that no suppressed
   * count can be derived from a total.
   *
   * <p>Two departures from the Ofqual text, both so that nothing suppressed can be worked out: the
   * source labels 1–4 "fewer than 5", but a cell so labelled beside a cell withheld to protect it
   * tells the reader which of the two is small, so every suppressed entry is shown as {@code "*"};
   * and the source computes totals and percentages from unrounded values, which give back the exact
   * counts behind the rounded ones, so totals are rounded like counts and percentages come from the
   * published values.
   *
   * @return the policy with id {@code "round-5-fewer-than-5"}
   */
  public static DisclosurePolicy roundToFiveFewerThanFive() {
    return ROUND_TO_FIVE;
  }

  /**
   * Returns the policy that publishes every count and total unchanged ({@code
   * STATISTICAL-METHODS.md} §9: NHS Digital national counts have no disclosure control).
   *
   * @return the policy with id {@code "none"}
   */
  public static DisclosurePolicy none() {
    return NONE;
  }

  /**
   * Returns every built-in policy.
   *
   * @return an immutable list: NHS Digital, threshold of 10, round to 5 with "fewer than 5", none
   */
  public static List<DisclosurePolicy> builtIn() {
    return BUILT_IN;
  }

  /**
   * Looks up a built-in policy by its id.
   *
   * @param id one of {@code "nhs-digital"}, {@code "threshold-10"}, {@code "round-5-fewer-than-5"}
   *     or {@code "none"}; matched exactly
   * @return the policy, or empty if no built-in policy has that id
   * @throws NullPointerException if {@code id} is null
   */
  public static Optional<DisclosurePolicy> byId(String id) {
    Objects.requireNonNull(id, "id must not be null");
    return BUILT_IN.stream().filter(p -> p.id.equals(id)).findFirst();
  }

  /**
   * Returns the stable identifier of this policy.
   *
   * @return a lower-case, hyphenated id such as {@code "nhs-digital"}
   */
  public String id() {
    return id;
  }

  /**
   * Returns a one-paragraph description of the rule, suitable for a publication's methods note.
   *
   * @return a non-empty description
   */
  public String description() {
    return description;
  }

  /**
   * Returns where the rule is documented.
   *
   * @return the section of the project's reference dossier (and the original source it records)
   */
  public String reference() {
    return reference;
  }

  /**
   * Returns whether secondary suppression is applied after the primary rule.
   *
   * @return {@code true} for every built-in policy that suppresses anything
   */
  public boolean appliesSecondarySuppression() {
    return secondarySuppression;
  }

  /**
   * Returns the multiple that published values are rounded to.
   *
   * @return 5 for the rounding policies, 1 when values are published unrounded
   */
  public long roundingBase() {
    return rule.roundingBase();
  }

  /**
   * Applies this policy's primary rule to a single count, such as a figure quoted on its own. No
   * secondary suppression is involved.
   *
   * @param count the unrounded count, {@code >= 0}
   * @return the published (possibly rounded) value, or a {@link SuppressionReason#PRIMARY}
   *     suppressed entry
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public PublishedCell applyToCount(long count) {
    return rule.apply(count);
  }

  /**
   * Applies this policy to a whole table: the primary rule to every count and to every unrounded
   * total, then, if {@link #appliesSecondarySuppression()}, secondary suppression until no row or
   * column of the table extended by its totals has exactly one suppressed entry (so no suppressed
   * entry can be recovered by subtraction from its row or column total); see {@link
   * DisclosedTable}.
   *
   * @param table the table of unrounded counts
   * @return the table as it may be published
   * @throws NullPointerException if {@code table} is null
   */
  public DisclosedTable applyTo(CountTable table) {
    return applyTo(table, Set.of());
  }

  /**
   * Applies this policy to a table of a publication that also holds other tables: as {@link
   * #applyTo(CountTable)}, with the given entries suppressed as well before secondary suppression,
   * because the same figures are suppressed elsewhere in the publication. Calling this for each
   * table until no table suppresses an entry that another publishes (each time with the entries
   * suppressed elsewhere) covers the whole publication.
   *
   * @param table the table of unrounded counts
   * @param alsoSuppressed entries to suppress ({@link SuppressionReason#SECONDARY}) whatever their
   *     count
   * @return the table as it may be published
   * @throws NullPointerException if an argument or element is null
   * @throws IndexOutOfBoundsException if an entry lies outside the table
   */
  public DisclosedTable applyTo(CountTable table, Set<TableEntry> alsoSuppressed) {
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(alsoSuppressed, "alsoSuppressed must not be null");
    int rows = table.rowCount();
    int columns = table.columnCount();
    long[][] raw = new long[rows + 1][columns + 1];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        raw[r][c] = table.count(r, c);
      }
      raw[r][columns] = table.rowTotal(r);
    }
    for (int c = 0; c < columns; c++) {
      raw[rows][c] = table.columnTotal(c);
    }
    raw[rows][columns] = table.grandTotal();

    boolean[][] suppressed = new boolean[rows + 1][columns + 1];
    boolean[][] secondary = new boolean[rows + 1][columns + 1];
    for (int r = 0; r <= rows; r++) {
      for (int c = 0; c <= columns; c++) {
        suppressed[r][c] = rule.suppresses(raw[r][c]);
      }
    }
    for (TableEntry entry : alsoSuppressed) {
      int r = entry.extendedRow(rows);
      int c = entry.extendedColumn(columns);
      if (!suppressed[r][c]) {
        suppressed[r][c] = true;
        secondary[r][c] = true;
      }
    }
    if (secondarySuppression) {
      SecondarySuppressor.apply(raw, suppressed, secondary, rule);
    }

    PublishedCell[][] published = new PublishedCell[rows + 1][columns + 1];
    for (int r = 0; r <= rows; r++) {
      for (int c = 0; c <= columns; c++) {
        if (secondary[r][c]) {
          published[r][c] = PublishedCell.suppressed(SuppressionReason.SECONDARY, SYMBOL);
        } else if (suppressed[r][c]) {
          published[r][c] = PublishedCell.suppressed(SuppressionReason.PRIMARY, SYMBOL);
        } else {
          published[r][c] = PublishedCell.published(CellRule.round(raw[r][c], roundingBase()));
        }
      }
    }
    return new DisclosedTable(this, published);
  }

  /**
   * Returns the id and the reference, for diagnostics.
   *
   * @return a non-empty string
   */
  @Override
  public String toString() {
    return "DisclosurePolicy[" + id + ", " + reference + "]";
  }
}
