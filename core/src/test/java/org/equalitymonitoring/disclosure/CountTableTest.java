package org.equalitymonitoring.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountTableTest {

  @Test
  void computesTotalsFromTheUnroundedCounts() {
    // 4 + 20 + 30 = 54; 12 + 15 + 40 = 67; columns 16, 35, 70; grand 121.
    CountTable table = CountTable.of(new long[][] {{4, 20, 30}, {12, 15, 40}});

    assertThat(table.rowCount()).isEqualTo(2);
    assertThat(table.columnCount()).isEqualTo(3);
    assertThat(table.isOneWay()).isFalse();
    assertThat(table.count(1, 2)).isEqualTo(40);
    assertThat(table.rowTotal(0)).isEqualTo(54);
    assertThat(table.rowTotal(1)).isEqualTo(67);
    assertThat(table.columnTotal(0)).isEqualTo(16);
    assertThat(table.columnTotal(1)).isEqualTo(35);
    assertThat(table.columnTotal(2)).isEqualTo(70);
    assertThat(table.grandTotal()).isEqualTo(121);
  }

  @Test
  void oneWayTableIsASingleColumn() {
    CountTable table = CountTable.oneWay(3, 40, 0);

    assertThat(table.isOneWay()).isTrue();
    assertThat(table.rowCount()).isEqualTo(3);
    assertThat(table.columnCount()).isEqualTo(1);
    assertThat(table.rowTotal(1)).isEqualTo(40);
    assertThat(table.columnTotal(0)).isEqualTo(43);
    assertThat(table.grandTotal()).isEqualTo(43);
  }

  @Test
  void listFactoryEqualsArrayFactory() {
    CountTable fromList = CountTable.of(List.of(List.of(1L, 2L), List.of(3L, 4L)));
    CountTable fromArray = CountTable.of(new long[][] {{1, 2}, {3, 4}});

    assertThat(fromList).isEqualTo(fromArray).hasSameHashCodeAs(fromArray);
    assertThat(fromList.toString()).isEqualTo("CountTable[[1, 2], [3, 4]]");
  }

  @Test
  void copiesItsInput() {
    long[][] counts = {{1, 2}};
    CountTable table = CountTable.of(counts);
    counts[0][0] = 99;

    assertThat(table.count(0, 0)).isEqualTo(1);
  }

  @Test
  void rejectsNegativeCountQuotingValueAndRule() {
    assertThatThrownBy(() -> CountTable.of(new long[][] {{1, 2}, {3, -4}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count at row 1, column 1 is -4: counts must be non-negative");
    assertThatThrownBy(() -> CountTable.oneWay(5, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is -1")
        .hasMessageContaining("non-negative");
  }

  @Test
  void rejectsRaggedRows() {
    assertThatThrownBy(() -> CountTable.of(new long[][] {{1, 2, 3}, {4, 5}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "row 1 has 2 columns but row 0 has 3: every row must have the same number of columns");
    assertThatThrownBy(() -> CountTable.of(List.of(List.of(1L), List.of(2L, 3L))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1 has 2 columns");
  }

  @Test
  void rejectsEmptyTables() {
    assertThatThrownBy(() -> CountTable.of(new long[0][]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 rows");
    assertThatThrownBy(() -> CountTable.of(new long[][] {{}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 columns");
    assertThatThrownBy(() -> CountTable.oneWay())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 entries");
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> CountTable.of((long[][]) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("counts");
    assertThatThrownBy(() -> CountTable.of(new long[][] {{1}, null}))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("row 1 is null: rows must not be null");
    assertThatThrownBy(() -> CountTable.of(List.of(Arrays.asList(1L, null))))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("count at row 0, column 1 is null: counts must not be null");
    assertThatThrownBy(() -> CountTable.oneWay((long[]) null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void rejectsTotalsThatOverflow() {
    assertThatThrownBy(() -> CountTable.oneWay(Long.MAX_VALUE, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overflows")
        .hasMessageContaining(Long.toString(Long.MAX_VALUE));
  }

  @Test
  void rejectsIndicesOutOfRange() {
    CountTable table = CountTable.oneWay(1, 2);
    assertThatThrownBy(() -> table.count(2, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> table.columnTotal(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> table.rowTotal(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
