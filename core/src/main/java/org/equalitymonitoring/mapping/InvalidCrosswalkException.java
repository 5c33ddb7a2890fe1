package org.equalitymonitoring.mapping;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** Thrown when a crosswalk's rows break a rule; lists every problem found. */
public final class InvalidCrosswalkException extends IllegalArgumentException {
  private final String crosswalkId;
  private final ImmutableList<String> problems;

  InvalidCrosswalkException(String crosswalkId, List<String> problems) {
    super(
        "crosswalk '"
            + crosswalkId
            + "' has "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + ":\n  "
            + String.join("\n  ", problems));
    this.crosswalkId = crosswalkId;
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Returns the id of the crosswalk that failed. */
  public String crosswalkId() {
    return crosswalkId;
  }

  /** Returns every problem, each naming the row (zero-based) and the bad value. */
  public List<String> problems() {
    return problems;
  }
}
