package org.equalitymonitoring.schemes;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.equalitymonitoring.io.CsvReader;
import org.equalitymonitoring.stats.StandardPopulation;

/**
 * The bundled standard populations for direct standardisation beyond ESP 2013 ({@link
 * StandardPopulation#esp2013()}), derived from the published tables under {@code
 * org/equalitymonitoring/schemes/standards/} (provenance in {@code PROVENANCE.md} beside them).
 * Immutable and thread-safe.
 */
public final class BundledStandardPopulations {
  /** The name of {@link #mentalHealthAct2011()}. */
  public static final String MHA_2011 = "mha-2011";

  /** The Mental Health Act statistics' age groups, in order. */
  public static final List<String> MHA_AGE_GROUPS =
      List.of("15 and under", "16 to 17", "18 to 34", "35 to 49", "50 to 64", "65 and over");

  /** The sexes of the Mental Health Act strata ({@code Der_Gender} 1 and 2), in order. */
  public static final List<String> MHA_SEXES = List.of("Male", "Female");

  /**
   * The strata the Mental Health Act statistics leave out of the variance of their interval (a
   * filter for raw age labels applied to recoded ones keeps only "16 to 17" out; {@code
   * USERS-AND-METRICS.md} §2.3), for {@link
   * org.equalitymonitoring.impact.ImpactAssessor#mentalHealthActRates}.
   */
  public static final Set<String> MHA_OUT_OF_VARIANCE = Set.of("Male 16 to 17", "Female 16 to 17");

  private static final String FILE =
      "/org/equalitymonitoring/schemes/standards/"
          + "census2011_lc2101ew_england_ethnic18_sex_age21_mha_std_pop.csv";

  private static final class Holder {
    static final StandardPopulation MHA_2011_INSTANCE = loadMentalHealthAct2011();
  }

  private BundledStandardPopulations() {}

  /**
   * Returns the standard of NHS England's Mental Health Act detention rates by ethnicity before
   * Census 2021: Census 2011 England (LC2101EW, total 53,012,456) by sex × age group, 12 strata
   * labelled sex then age group, such as {@code "Male 16 to 17"} ({@link #MHA_SEXES} × {@link
   * #MHA_AGE_GROUPS}). The publication's weight of a stratum is its share N_k/N of this population.
   *
   * @return the standard, named {@value #MHA_2011}
   * @throws IllegalStateException if the bundled resource is missing or malformed (a packaging
   *     error)
   */
  public static StandardPopulation mentalHealthAct2011() {
    return Holder.MHA_2011_INSTANCE;
  }

  /** Returns the MHA age group of a 21-band LC2101EW age label. */
  private static String mhaAgeGroup(String band) {
    switch (band) {
      case "0 to 4":
      case "5 to 7":
      case "8 to 9":
      case "10 to 14":
      case "15":
        return "15 and under";
      case "16 to 17":
        return "16 to 17";
      case "18 to 19":
      case "20 to 24":
      case "25 to 29":
      case "30 to 34":
        return "18 to 34";
      case "35 to 39":
      case "40 to 44":
      case "45 to 49":
        return "35 to 49";
      case "50 to 54":
      case "55 to 59":
      case "60 to 64":
        return "50 to 64";
      case "65 to 69":
      case "70 to 74":
      case "75 to 79":
      case "80 to 84":
      case "85 and over":
        return "65 and over";
      default:
        throw new IllegalStateException("bundled resource " + FILE + ": unknown age group " + band);
    }
  }

  private static StandardPopulation loadMentalHealthAct2011() {
    Map<String, Long> strata = new LinkedHashMap<>();
    for (String sex : MHA_SEXES) {
      for (String age : MHA_AGE_GROUPS) {
        strata.put(sex + " " + age, 0L);
      }
    }
    InputStream in = BundledStandardPopulations.class.getResourceAsStream(FILE);
    if (in == null) {
      throw new IllegalStateException("bundled resource " + FILE + " is missing");
    }
    try (CsvReader csv = CsvReader.of(new InputStreamReader(in, StandardCharsets.UTF_8), FILE)) {
      int group = csv.column("ethnic_group_census2011");
      int sexCode = csv.column("sex_code");
      int age = csv.column("age_group");
      int population = csv.column("population");
      while (csv.next()) {
        if (csv.get(group).endsWith(": Total")) {
          continue;
        }
        String sex =
            switch (csv.get(sexCode)) {
              case "1" -> "Male";
              case "2" -> "Female";
              default ->
                  throw new IllegalStateException(
                      "bundled resource " + FILE + " line " + csv.line() + ": unknown sex_code");
            };
        strata.merge(
            sex + " " + mhaAgeGroup(csv.get(age)),
            Long.parseLong(csv.get(population)),
            Math::addExact);
      }
    }
    double[] weights = strata.values().stream().mapToDouble(Long::doubleValue).toArray();
    return StandardPopulation.of(MHA_2011, new ArrayList<>(strata.keySet()), weights);
  }
}
