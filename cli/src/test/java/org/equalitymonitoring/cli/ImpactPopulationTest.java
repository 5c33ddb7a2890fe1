package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.equalitymonitoring.population.PopulationConvention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code impact --measure rate --population} and {@code --convention}: denominators from a
 * population re-expressed in the groups' scheme. Expected denominators are sums of the published
 * TS021 counts (reference file), chosen by the conventions' published rules; rates and limits are
 * worked out from STATISTICAL-METHODS.md §2.
 */
class ImpactPopulationTest {
  /** z = qnorm(0.975), STATISTICAL-METHODS.md §0. */
  private static final double Z95 = 1.959963984540054;

  private static final String BRITISH =
      "White: English, Welsh, Scottish, Northern Irish or British";
  private static final String OTHER_WHITE = "White: Other White";
  private static final String GYPSY = "White: Gypsy or Irish Traveller";
  private static final String ROMA = "White: Roma";
  private static final String BLACK = "Black, Black British, Black Welsh, Caribbean or African: ";

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, text);
    return path;
  }

  private static CommandRun impact(Path input, String... options) {
    String[] args = new String[options.length + 5];
    args[0] = "impact";
    args[1] = "--input";
    args[2] = input.toString();
    args[3] = "--measure";
    args[4] = "rate";
    System.arraycopy(options, 0, args, 5, options.length);
    return CommandRun.run("", args);
  }

  private static JsonNode json(CommandRun run) throws IOException {
    assertThat(run.exitCode).as(run.err).isZero();
    return new ObjectMapper().readTree(run.out);
  }

  private static JsonNode group(JsonNode json, String name) {
    for (JsonNode g : json.get("groups")) {
      if (g.get("group").asText().equals(name)) {
        return g;
      }
    }
    throw new AssertionError("no group " + name + " in " + json);
  }

  /** A crude rate per 100,000 with Byar's limits (10 events or more), STATISTICAL-METHODS.md §2. */
  private static void assertRate(JsonNode g, double events, double denominator) {
    double lower = events * Math.pow(1 - 1 / (9 * events) - Z95 / (3 * Math.sqrt(events)), 3);
    double x1 = events + 1;
    double upper = x1 * Math.pow(1 - 1 / (9 * x1) + Z95 / (3 * Math.sqrt(x1)), 3);
    assertThat(g.get("denominator").asDouble()).isEqualTo(denominator);
    double tolerance = 1e-9 * events / denominator * 1e5;
    assertThat(g.get("value").asDouble()).isCloseTo(events / denominator * 1e5, within(tolerance));
    assertThat(g.get("lower").asDouble()).isCloseTo(lower / denominator * 1e5, within(tolerance));
    assertThat(g.get("upper").asDouble()).isCloseTo(upper / denominator * 1e5, within(tolerance));
  }

  @Test
  void ratesTakeTheirDenominatorsFromThePopulationUnderTheDefaultConvention() throws IOException {
    Path input = file("events.csv", "group,events\nA,500\nB,40\nC,300\n");
    JsonNode json = json(impact(input, "--population", "census-2021:London", "--format", "json"));
    Map<String, Long> london = ImpactCommandTest.ts021("London");
    // Only the input's groups; follow-crosswalk counts Gypsy or Irish Traveller and Roma in C.
    assertThat(json.get("groups")).hasSize(3);
    assertRate(group(json, "A"), 500, london.get(BRITISH));
    assertRate(group(json, "B"), 40, london.get("White: Irish"));
    assertRate(
        group(json, "C"), 300, london.get(OTHER_WHITE) + london.get(GYPSY) + london.get(ROMA));
    assertThat(json.get("convention").asText())
        .startsWith("follow-crosswalk: ")
        .endsWith("(the default convention; choose another with --convention)");

    CommandRun text = impact(input, "--population", "census-2021:London");
    assertThat(text.exitCode).as(text.err).isZero();
    assertThat(text.out)
        .contains("Values: per 100,000")
        .contains("Population convention: follow-crosswalk: ")
        .doesNotContain("absent from the input");
  }

  @Test
  void exactOnlyLeavesTheInexactGypsyAndRomaRowsOutOfC() throws IOException {
    Path input = file("events.csv", "group,events\nA,500\nC,300\n");
    JsonNode json =
        json(
            impact(
                input,
                "--population",
                "census-2021:London",
                "--convention",
                "exact-only",
                "--format",
                "json"));
    Map<String, Long> london = ImpactCommandTest.ts021("London");
    assertRate(group(json, "C"), 300, london.get(OTHER_WHITE));
    assertThat(json.get("convention").asText())
        .startsWith("exact-only: ")
        .doesNotContain("default convention");
  }

  @Test
  void theMentalHealthActConventionGivesItsBroadGroups() throws IOException {
    // USERS-AND-METRICS.md §2.3: White = British + Irish + Gypsy + Other White (Roma omitted);
    // Black = African + Caribbean + Other Black; Other = Chinese + Any other + Arab.
    Path input =
        file(
            "broad.csv",
            "group,events\nWhite,30000\nBlack or Black British,6000\nOther Ethnic Groups,2000\n");
    JsonNode json =
        json(
            impact(
                input,
                "--population",
                "census-2021:England",
                "--convention",
                "nhs-mha-census-2021",
                "--format",
                "json"));
    Map<String, Long> england = ImpactCommandTest.ts021("England");
    assertRate(
        group(json, "White"),
        30000,
        england.get(BRITISH)
            + england.get("White: Irish")
            + england.get(GYPSY)
            + england.get(OTHER_WHITE));
    assertRate(
        group(json, "Black or Black British"),
        6000,
        england.get(BLACK + "African")
            + england.get(BLACK + "Caribbean")
            + england.get(BLACK + "Other Black"));
    assertRate(
        group(json, "Other Ethnic Groups"),
        2000,
        england.get("Asian, Asian British or Asian Welsh: Chinese")
            + england.get("Other ethnic group: Any other ethnic group")
            + england.get("Other ethnic group: Arab"));
    assertThat(json.get("convention").asText()).startsWith("nhs-mha-census-2021: ");
  }

  @Test
  void theMentalHealthActConventionOverRm032ByLetter() throws IOException {
    Path input = file("letters.csv", "group,events\nA,30000\nC,3000\nM,1500\n");
    JsonNode json =
        json(
            impact(
                input,
                "--population",
                "census-2021-rm032:England",
                "--convention",
                "nhs-mha-census-2021",
                "--format",
                "json"));
    Map<String, Long> england = ImpactCommandTest.ts021("England");
    // RM032 sums sex x age cells that ONS perturbs separately from TS021, so the England totals
    // agree to within a few hundred people; C is Other White only under this convention.
    assertThat(group(json, "A").get("denominator").asDouble())
        .isCloseTo(england.get(BRITISH), within(500.0));
    assertThat(group(json, "C").get("denominator").asDouble())
        .isCloseTo(england.get(OTHER_WHITE), within(500.0));
    assertThat(group(json, "M").get("denominator").asDouble())
        .isCloseTo(england.get(BLACK + "Caribbean"), within(500.0));
  }

  private static void assertError(CommandRun run, int exitCode, String message) {
    assertThat(run.exitCode).as(run.err).isEqualTo(exitCode);
    assertThat(run.err).contains(message);
    assertThat(run.out).isEmpty();
  }

  @Test
  void aGroupWithoutPopulationAndBadConventionsAreClearErrors() throws IOException {
    Path notStated = file("z.csv", "group,events\nA,10\nZ,5\n");
    assertError(
        impact(notStated, "--population", "census-2021:London"),
        1,
        notStated + ": line 3: group 'Z' (Z Not stated) has no population in census-2021 London");
    Path input = file("a.csv", "group,events\nA,10\nB,5\n");
    assertError(
        impact(input, "--population", "census-2021:London", "--convention", "mha"),
        2,
        "unknown convention 'mha'; the conventions are: follow-crosswalk, exact-only,"
            + " nhs-mha-census-2021");
    assertError(
        impact(input, "--population", "census-2021:London", "--convention", "nhs-mha-census-2021"),
        2,
        "convention nhs-mha-census-2021 keeps area England only: give --population"
            + " census-2021:England, not area 'London'");
    assertError(
        impact(input, "--population", "census-2011", "--convention", "nhs-mha-census-2021"),
        2,
        "convention nhs-mha-census-2021 does not apply to population census-2011 (scheme"
            + " ons-census-2011-england-wales); it re-expresses scheme"
            + " ons-census-2021-england-wales in nhs-ethnic-category-2001");
    assertError(
        impact(input, "--convention", "exact-only"), 2, "--convention goes with --population");
    Path census = file("census.csv", "group,events\n\"White: Irish\",10\n\"White: Roma\",5\n");
    assertError(
        impact(census, "--population", "census-2021:London", "--convention", "exact-only"),
        2,
        "--convention exact-only re-expresses a population through a crosswalk, but the groups are"
            + " codes of the population's own scheme ons-census-2021-england-wales");
  }

  @Test
  void helpListsEveryNamedConvention() {
    CommandRun help = CommandRun.run("", "impact", "--help");
    String flat = help.out.replaceAll("\\s+", " ");
    for (PopulationConvention convention : PopulationConvention.named()) {
      assertThat(flat).contains(convention.id());
    }
  }
}
