package org.equalitymonitoring.resolution;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import org.equalitymonitoring.mapping.Crosswalk;
import org.equalitymonitoring.mapping.CrosswalkRow;
import org.equalitymonitoring.mapping.Translation;

/**
 * The codes of one source translated through a crosswalk before a policy compares them, worked out
 * once so that mapping a record costs a hash lookup. A code with exactly one target becomes that
 * target; a code the crosswalk leaves without a single target (unmatched or one-to-many) is
 * dropped; a code not in the crosswalk is dropped or kept as {@link NotInCrosswalk} says.
 */
final class SourceCodeMap {
  private final String crosswalkId;
  private final NotInCrosswalk notInCrosswalk;
  private final ImmutableMap<String, String> targets;
  private final ImmutableSet<String> withoutTarget;

  private SourceCodeMap(
      String crosswalkId,
      NotInCrosswalk notInCrosswalk,
      ImmutableMap<String, String> targets,
      ImmutableSet<String> withoutTarget) {
    this.crosswalkId = crosswalkId;
    this.notInCrosswalk = notInCrosswalk;
    this.targets = targets;
    this.withoutTarget = withoutTarget;
  }

  static SourceCodeMap of(Crosswalk crosswalk, NotInCrosswalk notInCrosswalk) {
    ImmutableMap.Builder<String, String> targets = ImmutableMap.builder();
    ImmutableSet.Builder<String> withoutTarget = ImmutableSet.builder();
    for (String code :
        ImmutableSet.copyOf(crosswalk.rows().stream().map(CrosswalkRow::sourceCode).iterator())) {
      Translation translation = crosswalk.translate(code);
      if (translation.outcome() == Translation.Outcome.MAPPED) {
        targets.put(code, translation.targetCodes().get(0));
      } else {
        withoutTarget.add(code);
      }
    }
    return new SourceCodeMap(
        crosswalk.id(), notInCrosswalk, targets.buildOrThrow(), withoutTarget.build());
  }

  /** Returns the code to compare, or null when the record is dropped. */
  String map(String code) {
    String target = targets.get(code);
    if (target != null) {
      return target;
    }
    if (withoutTarget.contains(code) || notInCrosswalk == NotInCrosswalk.DROP) {
      return null;
    }
    return code;
  }

  String crosswalkId() {
    return crosswalkId;
  }

  NotInCrosswalk notInCrosswalk() {
    return notInCrosswalk;
  }

  @Override
  public String toString() {
    return crosswalkId + " (not in crosswalk: " + notInCrosswalk + ")";
  }
}
