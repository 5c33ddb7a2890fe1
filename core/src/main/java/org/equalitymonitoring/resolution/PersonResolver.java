package org.equalitymonitoring.resolution;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * An accumulator of one person's records that resolves them with a {@link ResolutionPolicy}. Obtain
 * one from {@link ResolutionPolicy#newPersonResolver()}, {@link #add} the person's records in any
 * order, then {@link #resolve()}. Memory grows with the number of records added.
 *
 * <p>Instances are mutable and not thread-safe; use one per thread.
 */
public final class PersonResolver {
  private final ResolutionPolicy policy;
  private final List<EthnicityRecord> records = new ArrayList<>();

  PersonResolver(ResolutionPolicy policy) {
    this.policy = policy;
  }

  /** Returns the policy this resolver applies. */
  public ResolutionPolicy policy() {
    return policy;
  }

  /**
   * Adds a record of the person.
   *
   * @param record a record whose person key is that of the records already added
   * @return this resolver
   * @throws NullPointerException if record is null
   * @throws IllegalArgumentException if the record's person key differs from that of the records
   *     already added (the message does not quote the keys, which are personal data)
   */
  public PersonResolver add(EthnicityRecord record) {
    requireNonNull(record, "record");
    if (!records.isEmpty() && !records.get(0).personKey().equals(record.personKey())) {
      throw new IllegalArgumentException(
          "record "
              + (records.size() + 1)
              + " belongs to another person than the "
              + records.size()
              + " record(s) already added; a PersonResolver takes the records of one person"
              + " (keys not shown: personal data)");
    }
    records.add(record);
    return this;
  }

  /**
   * Returns the number of records added since creation or the last {@link #clear()}.
   *
   * @return the number of records held
   */
  public int size() {
    return records.size();
  }

  /**
   * Resolves the records added so far. The resolver keeps them; more may be added afterwards.
   *
   * @return the resolution of the person
   * @throws IllegalStateException if no record has been added
   */
  public Resolution resolve() {
    if (records.isEmpty()) {
      throw new IllegalStateException("no record added: add at least one record before resolve()");
    }
    return Resolver.resolve(policy, records.get(0).personKey(), records);
  }

  /** Removes every record, so that the resolver can take another person's records. */
  public void clear() {
    records.clear();
  }
}
