package org.equalitymonitoring.resolution;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Turns an iterator of records grouped by person into an iterator of resolutions, holding one
 * person's records at a time (plus, for {@link InputOrder#GROUPED_BY_PERSON_KEY}, the keys of the
 * last {@link InputOrder#GROUPED_CHECK_WINDOW} persons).
 */
final class GroupedResolutionIterator implements Iterator<Resolution> {
  private final Iterator<EthnicityRecord> records;
  private final InputOrder order;
  private final PersonResolver resolver;
  private final Set<String> recentKeys = new HashSet<>();
  private final ArrayDeque<String> recentOrder = new ArrayDeque<>();
  private EthnicityRecord pending;
  private String previousKey;
  private long position;

  GroupedResolutionIterator(
      ResolutionPolicy policy, Iterator<EthnicityRecord> records, InputOrder order) {
    this.records = records;
    this.order = order;
    this.resolver = policy.newPersonResolver();
  }

  @Override
  public boolean hasNext() {
    return pending != null || records.hasNext();
  }

  @Override
  public Resolution next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more persons");
    }
    EthnicityRecord first = pending != null ? pending : read();
    pending = null;
    String key = first.personKey();
    resolver.clear();
    resolver.add(first);
    while (records.hasNext()) {
      EthnicityRecord record = read();
      if (!record.personKey().equals(key)) {
        pending = record;
        break;
      }
      resolver.add(record);
    }
    Resolution resolution = resolver.resolve();
    resolver.clear();
    return resolution;
  }

  /** Reads the next record and checks the order promise against the previous record. */
  private EthnicityRecord read() {
    EthnicityRecord record = records.next();
    position++;
    if (record == null) {
      throw new NullPointerException("records element " + position + " is null");
    }
    String key = record.personKey();
    if (previousKey != null && !key.equals(previousKey)) {
      if (order == InputOrder.SORTED_BY_PERSON_KEY) {
        if (key.compareTo(previousKey) < 0) {
          throw new IllegalArgumentException(
              "records must be sorted by person key (InputOrder.SORTED_BY_PERSON_KEY), but record "
                  + position
                  + " has a key that sorts before the previous record's (keys not shown: personal"
                  + " data)");
        }
      } else {
        if (recentKeys.contains(key)) {
          throw new IllegalArgumentException(
              "records must be grouped by person key (InputOrder.GROUPED_BY_PERSON_KEY), but"
                  + " record "
                  + position
                  + " has the key of a person whose records ended earlier (keys not shown:"
                  + " personal data)");
        }
        remember(previousKey);
      }
    }
    previousKey = key;
    return record;
  }

  private void remember(String key) {
    if (recentKeys.add(key)) {
      recentOrder.addLast(key);
      if (recentOrder.size() > InputOrder.GROUPED_CHECK_WINDOW) {
        recentKeys.remove(recentOrder.removeFirst());
      }
    }
  }
}
