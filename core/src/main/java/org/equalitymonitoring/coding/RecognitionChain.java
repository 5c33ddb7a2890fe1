package org.equalitymonitoring.coding;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Recognisers tried in turn, each with a function that turns what it recognises into the result or
 * declines (empty), letting the next recogniser try. The result is that of the first recogniser
 * whose recognition the function does not decline; when all decline, the first recogniser's own
 * recognition.
 *
 * <p>The functions are applied once, to every value each recogniser matches, when the chain is
 * built, and the recognisers' lookup tables are merged into one keyed by label key, so {@link
 * #recognise} looks a value up once (and a two-character value once more, by national prefix)
 * whatever the number of recognisers, and builds no strings for an ASCII value. A value whose first
 * match is declined is recognised by each recogniser in turn. Immutable and thread-safe if the
 * functions are.
 */
public final class RecognitionChain {
  private final ImmutableList<Recogniser> recognisers;
  private final ImmutableList<Function<Recognition, Optional<Recognition>>> outcomes;
  private final MatchIndex index;
  private final Recognition blank;
  private final int nothingDecidedAt;
  private final Recognition nothing;

  private RecognitionChain(
      List<Recogniser> recognisers, List<Function<Recognition, Optional<Recognition>>> outcomes) {
    this.recognisers = ImmutableList.copyOf(recognisers);
    this.outcomes = ImmutableList.copyOf(outcomes);
    MatchIndex.Builder builder = new MatchIndex.Builder();
    for (int i = 0; i < recognisers.size(); i++) {
      recognisers.get(i).addTo(builder, outcomes.get(i));
    }
    this.index = builder.build();
    this.blank = outcomes.get(0).apply(Recogniser.MISSING).orElse(null);
    int level = 0;
    Optional<Recognition> outcome = Optional.empty();
    while (level < outcomes.size() && outcome.isEmpty()) {
      outcome = outcomes.get(level).apply(Recogniser.UNRECOGNISED);
      level++;
    }
    this.nothingDecidedAt = outcome.isPresent() ? level - 1 : outcomes.size();
    this.nothing = outcome.orElse(Recogniser.UNRECOGNISED);
  }

  /**
   * Returns a chain of recognisers.
   *
   * @param recognisers the recognisers in the order they are tried, at least one
   * @param outcomes for each recogniser, the result its recognition gives, or empty to try the next
   *     recogniser; applied to recognitions of any status, including MISSING and UNRECOGNISED
   * @return the chain
   * @throws IllegalArgumentException if there is no recogniser or not one function per recogniser
   */
  public static RecognitionChain of(
      List<Recogniser> recognisers, List<Function<Recognition, Optional<Recognition>>> outcomes) {
    requireNonNull(recognisers, "recognisers");
    requireNonNull(outcomes, "outcomes");
    if (recognisers.isEmpty() || recognisers.size() != outcomes.size()) {
      throw new IllegalArgumentException(
          "a chain needs at least one recogniser and one function for each, got "
              + recognisers.size()
              + " recognisers and "
              + outcomes.size()
              + " functions");
    }
    return new RecognitionChain(recognisers, outcomes);
  }

  /**
   * Recognises one raw value. Never throws if the functions do not.
   *
   * @param raw the value as found; null for a missing value
   * @return the result of the first recogniser whose recognition is not declined
   */
  public Recognition recognise(String raw) {
    MatchIndex.Match first = raw == null ? MatchIndex.BLANK : index.first(raw);
    if (first == MatchIndex.BLANK) {
      return blank != null ? blank : inTurn(raw);
    }
    if (first == null || first.level() > nothingDecidedAt) {
      return nothing;
    }
    return first.outcome() != null ? first.outcome() : inTurn(raw);
  }

  /** Recognises a value with each recogniser in turn: the definition of the result. */
  private Recognition inTurn(String raw) {
    Recognition first = recognisers.get(0).recognise(raw);
    for (int i = 0; i < recognisers.size(); i++) {
      Optional<Recognition> outcome =
          outcomes.get(i).apply(i == 0 ? first : recognisers.get(i).recognise(raw));
      if (outcome.isPresent()) {
        return outcome.get();
      }
    }
    return first;
  }
}
