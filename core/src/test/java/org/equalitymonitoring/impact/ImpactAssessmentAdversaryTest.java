package org.equalitymonitoring.impact;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.equalitymonitoring.disclosure.Adversary;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * {@link ImpactAssessment#disclose} against the {@link Adversary}: for random small sets of 2 to 4
 * groups, an intruder who reads everything a disclosed assessment exposes (every public figure of
 * the assessment and of each group, rendered by reflection so that nothing escapes) and knows every
 * unsuppressed count exactly can neither recover a suppressed count nor, when the total is
 * published, tell whether it is below the policy's threshold.
 *
 * <p>The input cells are each group's events and, for proportions and relative likelihood, its
 * non-events (denominator − events). Populations (representation) and person-time (rates) are
 * public constants.
 */
class ImpactAssessmentAdversaryTest {
  private static final String[] GROUPS = {"A", "B", "C", "D"};

  /** Person-time of each group for rates; public, never suppressed. */
  private static final long[] PERSON_TIME = {1_000, 2_500, 4_000, 8_000};

  /** Census-like populations of each group for representation; public, never suppressed. */
  private static final long[] POPULATION = {48_000, 9_000, 4_000, 2_500};

  /** Counts 0–20 with 0–9 about half the time, where suppression happens. */
  private static final Gen<Integer> COUNT =
      integers().between(0, 9).mix(integers().between(0, 20), 50);

  private static final int SHRINK_CYCLES = 10;

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (DisclosurePolicy policy :
        List.of(
            DisclosurePolicy.nhsDigital(),
            DisclosurePolicy.threshold10(),
            DisclosurePolicy.roundToFiveFewerThanFive())) {
      for (Measure measure :
          List.of(
              Measure.PROPORTION,
              Measure.RATE,
              Measure.RELATIVE_LIKELIHOOD,
              Measure.REPRESENTATION)) {
        cases.add(Arguments.of(policy, measure, Reference.allOtherGroups()));
        if (measure != Measure.REPRESENTATION) {
          cases.add(Arguments.of(policy, measure, Reference.group("A")));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("cases")
  void disclosedAssessmentsNeverRevealASuppressedCount(
      DisclosurePolicy policy, Measure measure, Reference reference) {
    check(measure, cells -> assertProtected(policy, measure, reference, cells, false));
  }

  /**
   * Only representation publishes the total of the events (as every group's denominator), which is
   * when the protection rule asks for a candidate on the other side of the threshold.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource(
      "org.equalitymonitoring.disclosure.DisclosurePolicyAdversaryTest#controllingPolicies")
  void disclosedRepresentationNeverRevealsWhetherACountIsSmall(DisclosurePolicy policy) {
    check(
        Measure.REPRESENTATION,
        cells ->
            assertProtected(
                policy, Measure.REPRESENTATION, Reference.allOtherGroups(), cells, true));
  }

  private static void check(Measure measure, java.util.function.Consumer<long[]> property) {
    int perGroup = twoCells(measure) ? 2 : 1;
    qt().withFixedSeed(8)
        .withExamples(30)
        .withTestingTime(1, TimeUnit.SECONDS)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(
            integers()
                .between(2, 4)
                .flatMap(groups -> lists().of(COUNT).ofSize(groups * perGroup))
                .map(counts -> counts.stream().mapToLong(Integer::longValue).toArray())
                .describedAs(Arrays::toString))
        .assuming(cells -> assess(measure, Reference.allOtherGroups(), cells).isPresent())
        .checkAssert(property);
  }

  private static boolean twoCells(Measure measure) {
    return measure == Measure.PROPORTION || measure == Measure.RELATIVE_LIKELIHOOD;
  }

  /** The assessment of the input cells, or empty if the assessor rejects them. */
  static Optional<ImpactAssessment> assess(Measure measure, Reference reference, long[] cells) {
    int perGroup = twoCells(measure) ? 2 : 1;
    List<GroupCount> counts = new ArrayList<>();
    for (int g = 0; g < cells.length / perGroup; g++) {
      long events = cells[g * perGroup];
      long denominator;
      if (measure == Measure.RATE) {
        denominator = PERSON_TIME[g];
      } else if (measure == Measure.REPRESENTATION) {
        denominator = POPULATION[g];
      } else {
        denominator = events + cells[g * perGroup + 1];
      }
      if (denominator == 0) {
        return Optional.empty();
      }
      counts.add(GroupCount.of(GROUPS[g], events, denominator));
    }
    try {
      return Optional.of(
          ImpactAssessor.of(OutcomeKind.ADVERSE_OUTCOME)
              .withReference(reference)
              .assess(measure, counts));
    } catch (IllegalArgumentException rejected) {
      return Optional.empty();
    }
  }

  private static void assertProtected(
      DisclosurePolicy policy,
      Measure measure,
      Reference reference,
      long[] cells,
      boolean thresholdSide) {
    int perGroup = twoCells(measure) ? 2 : 1;
    ImpactAssessment disclosed = assess(measure, reference, cells).orElseThrow().disclose(policy);
    boolean[] suppressed = new boolean[cells.length];
    List<Adversary.Sum> sums = new ArrayList<>();
    boolean grandTotalPublished = false;
    for (int g = 0; g < disclosed.groups().size(); g++) {
      GroupResult result = disclosed.groups().get(g);
      suppressed[g * perGroup] = result.events().isEmpty();
      if (perGroup == 2) {
        suppressed[g * perGroup + 1] = result.suppressed();
        int[] row = {g * 2, g * 2 + 1};
        publishedTotal(result.denominator(), cells[row[0]] + cells[row[1]], policy)
            .ifPresent(
                total -> sums.add(Adversary.Sum.published(total, policy.roundingBase(), row)));
      }
    }
    if (measure == Measure.REPRESENTATION) {
      // Every group's denominator is the total number of service users.
      int[] all = new int[cells.length];
      Arrays.setAll(all, i -> i);
      Optional<Long> total =
          publishedTotal(
              disclosed.groups().get(0).denominator(), Arrays.stream(cells).sum(), policy);
      total.ifPresent(t -> sums.add(Adversary.Sum.published(t, policy.roundingBase(), all)));
      grandTotalPublished = total.isPresent();
    }
    Function<long[], String> publish =
        input ->
            assess(measure, reference, input)
                .map(a -> render(a.disclose(policy)))
                .orElse("rejected");
    int[] unknown = Adversary.indexes(suppressed);
    if (thresholdSide) {
      Adversary.assertProtected(
          cells, unknown, publish, sums, Adversary.PrimaryRange.of(policy), grandTotalPublished);
    } else {
      Adversary.assertNotRecovered(cells, unknown, publish, sums);
    }
  }

  /**
   * Returns a published total usable to prune the search: present only if it is the policy's own
   * rounding of the true total, so that every candidate publishing it has a total within the
   * rounding slack.
   */
  private static Optional<Long> publishedTotal(
      OptionalDouble published, long trueTotal, DisclosurePolicy policy) {
    OptionalLong rounded = policy.applyToCount(trueTotal).value();
    if (published.isPresent()
        && rounded.isPresent()
        && published.getAsDouble() == rounded.getAsLong()) {
      return Optional.of(rounded.getAsLong());
    }
    return Optional.empty();
  }

  /**
   * Renders everything public about a value: for a type of this library, every public zero-argument
   * method (including {@code toString}) except {@code hashCode}, {@code getClass} and those
   * returning the disclosure policy, by name; doubles at full precision.
   */
  static String render(Object value) {
    StringBuilder out = new StringBuilder();
    render(value, out, 0);
    return out.toString();
  }

  private static void render(Object value, StringBuilder out, int depth) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Double) {
      out.append(Double.toString((Double) value));
    } else if (value instanceof OptionalDouble) {
      OptionalDouble d = (OptionalDouble) value;
      out.append(d.isPresent() ? Double.toString(d.getAsDouble()) : "empty");
    } else if (value instanceof OptionalLong) {
      OptionalLong l = (OptionalLong) value;
      out.append(l.isPresent() ? Long.toString(l.getAsLong()) : "empty");
    } else if (value instanceof OptionalInt) {
      OptionalInt i = (OptionalInt) value;
      out.append(i.isPresent() ? Integer.toString(i.getAsInt()) : "empty");
    } else if (value instanceof Optional) {
      Optional<?> o = (Optional<?>) value;
      if (o.isPresent()) {
        render(o.get(), out, depth);
      } else {
        out.append("empty");
      }
    } else if (value instanceof Collection) {
      out.append('[');
      for (Object element : (Collection<?>) value) {
        render(element, out, depth);
        out.append(", ");
      }
      out.append(']');
    } else if (value instanceof Enum) {
      out.append(((Enum<?>) value).name());
    } else if (value.getClass().getName().startsWith("org.equalitymonitoring.") && depth < 5) {
      renderMethods(value, out, depth);
    } else {
      out.append(value);
    }
  }

  /** The public zero-argument methods rendered for each type, by name. */
  private static final ClassValue<List<Method>> RENDERED =
      new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
          List<Method> methods = new ArrayList<>();
          for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0
                && !Modifier.isStatic(method.getModifiers())
                && method.getReturnType() != void.class
                && !method.getName().equals("hashCode")
                && !method.getName().equals("getClass")
                && (method.getDeclaringClass() != Object.class
                    || method.getName().equals("toString"))
                && !method.getGenericReturnType().getTypeName().contains("DisclosurePolicy")) {
              methods.add(method);
            }
          }
          methods.sort(Comparator.comparing(Method::getName));
          return List.copyOf(methods);
        }
      };

  private static void renderMethods(Object value, StringBuilder out, int depth) {
    out.append(value.getClass().getSimpleName()).append('{');
    for (Method method : RENDERED.get(value.getClass())) {
      out.append(method.getName()).append('=');
      try {
        render(method.invoke(value), out, depth + 1);
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      } catch (InvocationTargetException e) {
        out.append("threw ").append(e.getCause());
      }
      out.append("; ");
    }
    out.append('}');
  }
}
