package org.equalitymonitoring.disclosure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The tables of one publication and the entries they share, disclosed together so that no table
 * publishes a figure that another suppresses.
 *
 * <p>Two entries are linked when they are the same figure: the total of a unit in a table of
 * completeness and in a table of recording statuses, or the records with a known category in two
 * tables. {@link #publish} applies the policy to every table, then suppresses in each table the
 * entries whose linked entries are suppressed elsewhere, with the secondary suppression this
 * brings, until no link joins a suppressed entry to a published one. Each figure is then published
 * everywhere or nowhere, and within each table every line is protected as {@link DisclosedTable}
 * describes.
 *
 * <p>A builder: not thread-safe. Build, then call {@link #publish} (as often as wanted).
 */
public final class LinkedTables {
  private final List<CountTable> tables = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();
  private final List<Set<TableEntry>> suppressedElsewhere = new ArrayList<>();

  private static final class Link {
    final int table;
    final TableEntry entry;
    final int otherTable;
    final TableEntry otherEntry;

    Link(int table, TableEntry entry, int otherTable, TableEntry otherEntry) {
      this.table = table;
      this.entry = entry;
      this.otherTable = otherTable;
      this.otherEntry = otherEntry;
    }
  }

  private LinkedTables() {}

  /**
   * Returns an empty publication.
   *
   * @return a new builder
   */
  public static LinkedTables create() {
    return new LinkedTables();
  }

  /**
   * Adds a table.
   *
   * @param table the table of unrounded counts
   * @return its index, for {@link #link} and in the list {@link #publish} returns
   * @throws NullPointerException if {@code table} is null
   */
  public int add(CountTable table) {
    tables.add(Objects.requireNonNull(table, "table must not be null"));
    suppressedElsewhere.add(new HashSet<>());
    return tables.size() - 1;
  }

  /**
   * Declares that two entries are the same figure.
   *
   * @param table the index of the first table
   * @param entry the entry of the first table
   * @param otherTable the index of the second table
   * @param otherEntry the entry of the second table
   * @return this builder
   * @throws NullPointerException if an entry is null
   * @throws IndexOutOfBoundsException if a table index or an entry is out of range
   * @throws IllegalArgumentException if the two entries hold different counts
   */
  public LinkedTables link(int table, TableEntry entry, int otherTable, TableEntry otherEntry) {
    long count = count(table, entry);
    long other = count(otherTable, otherEntry);
    if (count != other) {
      throw new IllegalArgumentException(
          entry
              + " of table "
              + table
              + " and "
              + otherEntry
              + " of table "
              + otherTable
              + " hold different counts: linked entries must be the same figure");
    }
    links.add(new Link(table, entry, otherTable, otherEntry));
    return this;
  }

  /**
   * Declares that an entry is suppressed in a table outside this set, so must be suppressed here.
   *
   * @param table the index of the table
   * @param entry the entry
   * @return this builder
   * @throws NullPointerException if {@code entry} is null
   * @throws IndexOutOfBoundsException if the table index or the entry is out of range
   */
  public LinkedTables suppress(int table, TableEntry entry) {
    count(table, entry);
    suppressedElsewhere.get(table).add(entry);
    return this;
  }

  private long count(int table, TableEntry entry) {
    Objects.requireNonNull(entry, "entry must not be null");
    CountTable t = tables.get(Objects.checkIndex(table, tables.size()));
    int rows = t.rowCount();
    int columns = t.columnCount();
    int r = entry.extendedRow(rows);
    int c = entry.extendedColumn(columns);
    if (r == rows && c == columns) {
      return t.grandTotal();
    }
    if (r == rows) {
      return t.columnTotal(c);
    }
    return c == columns ? t.rowTotal(r) : t.count(r, c);
  }

  /**
   * Discloses every table under the policy, consistently across the links.
   *
   * @param policy the policy
   * @return the disclosed tables, in the order they were added
   * @throws NullPointerException if {@code policy} is null
   */
  public List<DisclosedTable> publish(DisclosurePolicy policy) {
    Objects.requireNonNull(policy, "policy must not be null");
    List<Set<TableEntry>> forced = new ArrayList<>();
    List<DisclosedTable> disclosed = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      forced.add(new HashSet<>(suppressedElsewhere.get(t)));
      disclosed.add(policy.applyTo(tables.get(t), forced.get(t)));
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      // A table is disclosed again only when it has more entries to suppress: the policy's result
      // depends on nothing but the table and those entries.
      boolean[] more = new boolean[tables.size()];
      for (Link link : links) {
        spread(disclosed, forced, more, link.table, link.entry, link.otherTable, link.otherEntry);
        spread(disclosed, forced, more, link.otherTable, link.otherEntry, link.table, link.entry);
      }
      for (int t = 0; t < tables.size(); t++) {
        if (more[t]) {
          disclosed.set(t, policy.applyTo(tables.get(t), forced.get(t)));
          changed = true;
        }
      }
    }
    return List.copyOf(disclosed);
  }

  /**
   * Marks {@code to} for suppression, and its table as having more, if {@code from} is suppressed
   * and {@code to} is not.
   */
  private static void spread(
      List<DisclosedTable> disclosed,
      List<Set<TableEntry>> forced,
      boolean[] more,
      int fromTable,
      TableEntry from,
      int toTable,
      TableEntry to) {
    if (disclosed.get(fromTable).entry(from).isSuppressed()
        && !disclosed.get(toTable).entry(to).isSuppressed()
        && forced.get(toTable).add(to)) {
      more[toTable] = true;
    }
  }
}
