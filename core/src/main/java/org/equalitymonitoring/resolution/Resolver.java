package org.equalitymonitoring.resolution;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * Resolves one person's records under a policy. Every step selects a subset of the records by a
 * property of the whole set (latest date, highest count, best source, greatest code), so the result
 * does not depend on the order of the records.
 */
final class Resolver {
  /** Undated records rank before (are older than) every dated record. */
  private static final Comparator<Optional<LocalDate>> DATE_ORDER =
      Comparator.comparing((Optional<LocalDate> d) -> d.isPresent())
          .thenComparing(d -> d.orElse(LocalDate.MIN));

  private Resolver() {}

  /** A known record with the code it is compared by. */
  private static final class Known {
    final EthnicityRecord record;
    final String key;

    Known(EthnicityRecord record, String key) {
      this.record = record;
      this.key = key;
    }
  }

  static Resolution resolve(ResolutionPolicy policy, String personKey, List<EthnicityRecord> all) {
    if (policy.strategy() == ResolutionStrategy.FILL_IF_MISSING) {
      return fill(policy, personKey, all);
    }
    int considered = 0;
    List<Known> known = new ArrayList<>();
    for (EthnicityRecord record : all) {
      if (!policy.considers(record)) {
        continue;
      }
      considered++;
      String key = policy.knownKey(record);
      if (key != null) {
        known.add(new Known(record, key));
      }
    }
    SortedSet<String> codes = codes(known);
    if (codes.isEmpty()) {
      return result(personKey, null, ResolutionRule.NO_KNOWN_RECORD, codes, considered);
    }
    if (codes.size() == 1) {
      return result(personKey, codes.first(), ResolutionRule.ONLY_KNOWN_CODE, codes, considered);
    }
    List<Known> candidates;
    ResolutionRule decided;
    switch (policy.strategy()) {
      case LATEST:
        candidates = latest(known);
        decided = ResolutionRule.LATEST;
        break;
      case MOST_FREQUENT:
        candidates = mostFrequent(policy, known);
        decided = ResolutionRule.MOST_FREQUENT;
        break;
      case SOURCE_PRIORITY:
        candidates = bestSource(policy, known);
        decided = ResolutionRule.HIGHEST_PRIORITY_SOURCE;
        break;
      default:
        throw new AssertionError(policy.strategy());
    }
    List<TiedRecord> tied = List.of();
    for (TieRule tie : policy.tieRules()) {
      if (codes(candidates).size() == 1) {
        break;
      }
      switch (tie) {
        case NULL:
          return Resolution.of(
              personKey,
              Optional.empty(),
              ResolutionRule.TIE_UNRESOLVED,
              Optional.empty(),
              codes,
              considered,
              tied(policy, candidates));
        case SOURCE_PRIORITY:
          candidates = bestSource(policy, candidates);
          decided = ResolutionRule.TIE_BROKEN_BY_SOURCE_PRIORITY;
          break;
        case LATEST:
          candidates = latest(candidates);
          decided = ResolutionRule.TIE_BROKEN_BY_LATEST;
          break;
        case LEXICALLY_GREATEST:
          tied = tied(policy, candidates);
          candidates = greatestCode(candidates);
          decided = ResolutionRule.TIE_BROKEN_LEXICALLY;
          break;
        default:
          throw new AssertionError(tie);
      }
    }
    SortedSet<String> remaining = codes(candidates);
    if (remaining.size() != 1) {
      tied = tied(policy, candidates);
    }
    String code = remaining.size() == 1 ? remaining.first() : null;
    return Resolution.of(
        personKey,
        Optional.ofNullable(code),
        code == null ? ResolutionRule.TIE_UNRESOLVED : decided,
        Optional.empty(),
        codes,
        considered,
        tied);
  }

  /** Returns each distinct source and code of the records in contention. */
  private static List<TiedRecord> tied(ResolutionPolicy policy, List<Known> candidates) {
    Set<TiedRecord> tied = new TreeSet<>();
    for (Known k : candidates) {
      tied.add(
          TiedRecord.of(
              k.record.source(), k.key, Optional.ofNullable(policy.broadGroups().get(k.key))));
    }
    return List.copyOf(tied);
  }

  private static Resolution fill(
      ResolutionPolicy policy, String personKey, List<EthnicityRecord> all) {
    ResolutionPolicy primaryPolicy = policy.primary().orElseThrow();
    ResolutionPolicy fallbackPolicy = policy.fallback().orElseThrow();
    Resolution primary = resolve(primaryPolicy, personKey, all);
    Resolution fallback = resolve(fallbackPolicy, personKey, all);
    int considered = 0;
    for (EthnicityRecord record : all) {
      if (policy.considers(record)) {
        considered++;
      }
    }
    SortedSet<String> codes =
        ImmutableSortedSet.<String>naturalOrder()
            .addAll(primary.knownCodes())
            .addAll(fallback.knownCodes())
            .build();
    if (primary.code().isPresent()) {
      return Resolution.of(
          personKey,
          primary.code(),
          ResolutionRule.PRIMARY_SOURCE,
          Optional.of(primary.rule()),
          codes,
          considered,
          primary.tiedRecords());
    }
    if (fallback.code().isPresent()) {
      return Resolution.of(
          personKey,
          fallback.code(),
          ResolutionRule.FILLED_FROM_SECONDARY,
          Optional.of(fallback.rule()),
          codes,
          considered,
          fallback.tiedRecords());
    }
    ResolutionRule rule =
        codes.isEmpty() ? ResolutionRule.NO_KNOWN_RECORD : ResolutionRule.TIE_UNRESOLVED;
    return Resolution.of(
        personKey,
        Optional.empty(),
        rule,
        Optional.empty(),
        codes,
        considered,
        fallback.tiedRecords());
  }

  private static Resolution result(
      String personKey, String code, ResolutionRule rule, SortedSet<String> codes, int considered) {
    return Resolution.of(
        personKey, Optional.ofNullable(code), rule, Optional.empty(), codes, considered);
  }

  private static SortedSet<String> codes(List<Known> known) {
    SortedSet<String> codes = new TreeSet<>();
    known.forEach(k -> codes.add(k.key));
    return codes;
  }

  private static List<Known> latest(List<Known> known) {
    Optional<LocalDate> max = known.get(0).record.date();
    for (Known k : known) {
      if (DATE_ORDER.compare(k.record.date(), max) > 0) {
        max = k.record.date();
      }
    }
    Optional<LocalDate> latest = max;
    return keep(known, k -> DATE_ORDER.compare(k.record.date(), latest) == 0 ? 0 : 1);
  }

  private static List<Known> mostFrequent(ResolutionPolicy policy, List<Known> known) {
    Map<String, Integer> counts = new HashMap<>();
    Set<Map.Entry<String, String>> counted = new HashSet<>();
    for (Known k : known) {
      if (!policy.countsEachCodeOncePerSource()
          || counted.add(Map.entry(k.record.source(), k.key))) {
        counts.merge(k.key, 1, Integer::sum);
      }
    }
    int max = counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    return keep(known, k -> max - counts.get(k.key));
  }

  private static List<Known> bestSource(ResolutionPolicy policy, List<Known> known) {
    return keep(known, k -> policy.sourceRank(k.record.source()));
  }

  private static List<Known> greatestCode(List<Known> known) {
    String greatest = codes(known).last();
    return keep(known, k -> k.key.equals(greatest) ? 0 : 1);
  }

  /** Keeps the records with the lowest score. */
  private static List<Known> keep(List<Known> known, ToIntFunction<Known> score) {
    int best = Integer.MAX_VALUE;
    for (Known k : known) {
      best = Math.min(best, score.applyAsInt(k));
    }
    List<Known> kept = new ArrayList<>();
    for (Known k : known) {
      if (score.applyAsInt(k) == best) {
        kept.add(k);
      }
    }
    return kept;
  }
}
