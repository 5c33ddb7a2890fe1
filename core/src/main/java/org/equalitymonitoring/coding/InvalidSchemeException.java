package org.equalitymonitoring.coding;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a scheme's content breaks a rule; lists every problem found, not just the first. */
public final class InvalidSchemeException extends IllegalArgumentException {
  private final String schemeId;
  private final ImmutableList<SchemeProblem> problems;

  InvalidSchemeException(String schemeId, List<SchemeProblem> problems) {
    super(
        "scheme '"
            + schemeId
            + "' has "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + ":\n"
            + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
    this.schemeId = schemeId;
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Returns the id of the scheme that failed. */
  public String schemeId() {
    return schemeId;
  }

  /** Returns every problem, in input order. */
  public List<SchemeProblem> problems() {
    return problems;
  }
}
