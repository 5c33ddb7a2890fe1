package org.equalitymonitoring.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkedTablesTest {

  @Test
  void aFigureSuppressedInOneTableIsSuppressedInTheOtherWithItsProtection() {
    // Table 0, completeness by unit (complete, incomplete), and table 1, incomplete by reason:
    //   U1  50   3 |  53          U1   1   2 |  3
    //   U2  80  20 | 100          U2   9  11 | 20
    //   U3  90  30 | 120          U3  10  20 | 30
    // Each unit's incomplete count in table 0 is its row total in table 1, and the incomplete
    // column total is table 1's grand total. Under NHS Digital, table 0 suppresses U1's 3, then the
    // smallest others of its lines: U1's 50 and U2's 20, then U2's 80. U2's 20 is then suppressed
    // in table 1 as well (there it was also the smallest other of the row totals).
    LinkedTables linked = LinkedTables.create();
    int completeness = linked.add(CountTable.of(new long[][] {{50, 3}, {80, 20}, {90, 30}}));
    int reasons = linked.add(CountTable.of(new long[][] {{1, 2}, {9, 11}, {10, 20}}));
    for (int unit = 0; unit < 3; unit++) {
      linked.link(completeness, TableEntry.cell(unit, 1), reasons, TableEntry.rowTotal(unit));
    }
    linked.link(completeness, TableEntry.columnTotal(1), reasons, TableEntry.grandTotal());

    List<DisclosedTable> out = linked.publish(DisclosurePolicy.nhsDigital());

    DisclosedTable first = out.get(completeness);
    DisclosedTable second = out.get(reasons);
    // U2's incomplete 20 is suppressed in table 0 (secondary), so table 1's row total 20 is too,
    // which then needs a second star in its row: U2's 9 and 11 are suppressed there as well.
    assertThat(first.cell(1, 1).isSuppressed()).isTrue();
    assertThat(second.rowTotal(1).isSuppressed()).isTrue();
    // every link joins two suppressed or two published entries
    for (int unit = 0; unit < 3; unit++) {
      assertThat(first.cell(unit, 1).isSuppressed())
          .as("unit %d", unit)
          .isEqualTo(second.rowTotal(unit).isSuppressed());
    }
    assertThat(first.columnTotal(1).isSuppressed()).isEqualTo(second.grandTotal().isSuppressed());
    // and each table on its own still has no line with a single star
    for (DisclosedTable table : out) {
      for (int r = 0; r < table.rowCount(); r++) {
        int stars = table.rowTotal(r).isSuppressed() ? 1 : 0;
        for (int c = 0; c < table.columnCount(); c++) {
          stars += table.cell(r, c).isSuppressed() ? 1 : 0;
        }
        assertThat(stars).as("row %d", r).isNotEqualTo(1);
      }
    }
  }

  @Test
  void aSuppressionTravelsAlongAChainOfTablesOneRoundAtATime() {
    // Three one-way tables under threshold 10, A's 40 the same figure as B's 40, B's 60 as C's 60:
    //   A: 5, 40, 50 | 95    B: 40, 60, 70 | 170    C: 60, 80, 90 | 230
    // A suppresses the 5 and, the smallest other of its column, the 40. B has nothing small, so
    // only once A is disclosed does B get its 40 suppressed, and with it the smallest other, 60;
    // only then does C get its 60, and the 80 with it. Each table's two stars leave a sum of 45,
    // 100 and 140: none small.
    LinkedTables linked = LinkedTables.create();
    int a = linked.add(CountTable.oneWay(5, 40, 50));
    int b = linked.add(CountTable.oneWay(40, 60, 70));
    int c = linked.add(CountTable.oneWay(60, 80, 90));
    linked.link(a, TableEntry.cell(1, 0), b, TableEntry.cell(0, 0));
    linked.link(b, TableEntry.cell(1, 0), c, TableEntry.cell(0, 0));

    List<DisclosedTable> out = linked.publish(DisclosurePolicy.threshold10());

    assertThat(out.get(a).cell(0, 0).isSuppressed()).isTrue();
    assertThat(out.get(a).cell(1, 0).isSuppressed()).isTrue();
    assertThat(out.get(a).cell(2, 0).value()).hasValue(50);
    assertThat(out.get(b).cell(0, 0).isSuppressed()).isTrue();
    assertThat(out.get(b).cell(1, 0).isSuppressed()).isTrue();
    assertThat(out.get(b).cell(2, 0).value()).hasValue(70);
    assertThat(out.get(c).cell(0, 0).isSuppressed()).isTrue();
    assertThat(out.get(c).cell(1, 0).isSuppressed()).isTrue();
    assertThat(out.get(c).cell(2, 0).value()).hasValue(90);
    assertThat(out.get(c).grandTotal().value()).hasValue(230);
  }

  @Test
  void aSuppressionTravelsFromTheSecondTableOfALinkToTheFirst() {
    // Two one-way tables under threshold 10, A's 40 linked to B's 40, B the second of the link:
    //   A: 40, 50, 60 | 150    B: 5, 40, 50 | 95
    // B suppresses its 5, then the smallest other of its line, the 40; so A's 40 is suppressed,
    // and A's line needs a second star, its smallest other, the 50. The 60 stays.
    LinkedTables linked = LinkedTables.create();
    int a = linked.add(CountTable.oneWay(40, 50, 60));
    int b = linked.add(CountTable.oneWay(5, 40, 50));
    assertThat(linked.link(a, TableEntry.cell(0, 0), b, TableEntry.cell(1, 0))).isSameAs(linked);
    DisclosedTable out = linked.publish(DisclosurePolicy.threshold10()).get(a);
    assertThat(out.cell(0, 0).isSuppressed()).isTrue();
    assertThat(out.cell(1, 0).isSuppressed()).isTrue();
    assertThat(out.cell(2, 0).value()).hasValue(60);
    assertThat(linked.suppress(a, TableEntry.cell(2, 0))).isSameAs(linked);
  }

  @Test
  void eachKindOfEntryIsComparedByItsOwnCount() {
    // In 1 2 / 3 4, column 1 totals 6, row 1 totals 7 and cell (0, 0) is 1: none is the 0 of a
    // one-way table of a single 0.
    LinkedTables linked = LinkedTables.create();
    int a = linked.add(CountTable.of(new long[][] {{1, 2}, {3, 4}}));
    int b = linked.add(CountTable.oneWay(0));
    for (TableEntry entry :
        List.of(TableEntry.columnTotal(1), TableEntry.rowTotal(1), TableEntry.cell(0, 0))) {
      assertThatThrownBy(() -> linked.link(a, entry, b, TableEntry.grandTotal()))
          .as(entry.toString())
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void anEntrySuppressedOutsideIsSuppressedWithItsProtection() {
    // One column 40, 50, 60 | 150 under threshold 10, with the 60 withheld in another publication:
    // its line then needs a second star, the smallest other, 40.
    LinkedTables linked = LinkedTables.create();
    int t = linked.add(CountTable.oneWay(40, 50, 60));
    linked.suppress(t, TableEntry.cell(2, 0));
    DisclosedTable out = linked.publish(DisclosurePolicy.threshold10()).get(t);
    assertThat(out.cell(2, 0).isSuppressed()).isTrue();
    assertThat(out.cell(0, 0).isSuppressed()).isTrue();
    assertThat(out.cell(1, 0).value()).hasValue(50);
    assertThatThrownBy(() -> linked.suppress(t, TableEntry.cell(3, 0)))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void withoutControlNothingIsSuppressed() {
    LinkedTables linked = LinkedTables.create();
    int a = linked.add(CountTable.oneWay(1, 2));
    int b = linked.add(CountTable.oneWay(3));
    linked.link(a, TableEntry.grandTotal(), b, TableEntry.grandTotal());
    assertThat(linked.publish(DisclosurePolicy.none()))
        .allSatisfy(t -> assertThat(t.suppressedEntries()).isEmpty());
  }

  @Test
  void rejectsALinkBetweenDifferentFigures() {
    LinkedTables linked = LinkedTables.create();
    int a = linked.add(CountTable.oneWay(1, 2));
    int b = linked.add(CountTable.oneWay(4));
    assertThatThrownBy(() -> linked.link(a, TableEntry.grandTotal(), b, TableEntry.grandTotal()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "grandTotal of table 0 and grandTotal of table 1 hold different counts: linked entries"
                + " must be the same figure");
    assertThatThrownBy(() -> linked.link(a, TableEntry.cell(5, 0), b, TableEntry.grandTotal()))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void extraSuppressionsAreSecondaryAndProtected() {
    // One column 40, 50, 60 | 150 with the 50 suppressed from elsewhere: the line then has one
    // star, so the smallest other, 40, is suppressed too.
    DisclosedTable out =
        DisclosurePolicy.threshold10()
            .applyTo(CountTable.oneWay(40, 50, 60), Set.of(TableEntry.cell(1, 0)));
    assertThat(out.cell(1, 0).suppressionReason()).hasValue(SuppressionReason.SECONDARY);
    assertThat(out.cell(0, 0).isSuppressed()).isTrue();
    assertThat(out.cell(2, 0).isSuppressed()).isFalse();
    assertThat(out.entry(TableEntry.grandTotal())).isEqualTo(PublishedCell.published(150));
    assertThat(out.suppressedEntries())
        .contains(TableEntry.cell(0, 0), TableEntry.cell(1, 0), TableEntry.rowTotal(1));
  }

  @Test
  void tableEntriesNameTheirPlace() {
    assertThat(TableEntry.cell(2, 0)).hasToString("cell(2, 0)").isEqualTo(TableEntry.cell(2, 0));
    assertThat(TableEntry.rowTotal(1)).hasToString("rowTotal(1)");
    assertThat(TableEntry.columnTotal(0)).hasToString("columnTotal(0)");
    assertThat(TableEntry.grandTotal()).hasToString("grandTotal");
    assertThat(TableEntry.cell(0, 1)).isNotEqualTo(TableEntry.cell(1, 0));
    assertThat(TableEntry.rowTotal(0)).isNotEqualTo(TableEntry.columnTotal(0));
    assertThatThrownBy(() -> TableEntry.cell(-1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row is -1: it must be >= 0");
  }
}
