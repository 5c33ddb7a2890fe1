package org.equalitymonitoring.impact;

import java.util.Objects;
import java.util.Optional;

/**
 * The comparator of every group: a named group (for example "White British", as the MHA detention
 * rate ratios of {@code USERS-AND-METRICS.md} §2.3) or all other groups combined (each group
 * against the sum of the events and denominators of the rest).
 *
 * <p>Immutable and thread-safe.
 */
public final class Reference {

  private static final Reference ALL_OTHER_GROUPS = new Reference(null);

  /** The label of {@link #allOtherGroups()}. */
  public static final String ALL_OTHER_GROUPS_LABEL = "all other groups";

  private final String group;

  private Reference(String group) {
    this.group = group;
  }

  /**
   * Returns a reference to one named group; the group must be among the counts assessed.
   *
   * @param group the group label, not blank, matched exactly
   * @return the reference
   * @throws NullPointerException if {@code group} is null
   * @throws IllegalArgumentException if {@code group} is blank
   */
  public static Reference group(String group) {
    Objects.requireNonNull(group, "group");
    if (group.isBlank()) {
      throw new IllegalArgumentException(
          "reference group must not be blank, got group=\"" + group + "\"");
    }
    return new Reference(group);
  }

  /**
   * Returns the reference "all other groups combined": each group is compared with the sum of the
   * events and denominators of every other group.
   *
   * @return the reference
   */
  public static Reference allOtherGroups() {
    return ALL_OTHER_GROUPS;
  }

  /**
   * Returns the named reference group.
   *
   * @return the group label, or empty for all other groups
   */
  public Optional<String> group() {
    return Optional.ofNullable(group);
  }

  /**
   * Returns the label printed in reports: the group's label, or {@code "all other groups"}.
   *
   * @return the label
   */
  public String label() {
    return group == null ? ALL_OTHER_GROUPS_LABEL : group;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Reference && Objects.equals(group, ((Reference) o).group);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(group);
  }

  @Override
  public String toString() {
    return "Reference[" + label() + "]";
  }
}
