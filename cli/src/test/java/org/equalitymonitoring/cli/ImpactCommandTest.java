package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.equalitymonitoring.cli.CommandRun.group;
import static org.equalitymonitoring.cli.CommandRun.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.equalitymonitoring.schemes.BundledStandardPopulations;
import org.equalitymonitoring.stats.StandardPopulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code impact} command. Every expected figure is worked out here from the published formulas
 * (STATISTICAL-METHODS.md §1, §2, §4, §8), not taken from the code's output.
 */
class ImpactCommandTest {
  /** z = qnorm(0.975), STATISTICAL-METHODS.md §0. */
  private static final double Z95 = 1.959963984540054;

  private static final double TOLERANCE = 1e-9;

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, text);
    return path;
  }

  private static CommandRun impact(Path input, String... options) {
    String[] args = new String[options.length + 3];
    args[0] = "impact";
    args[1] = "--input";
    args[2] = input.toString();
    System.arraycopy(options, 0, args, 3, options.length);
    return CommandRun.run("", args);
  }

  // Wilson score limits as fractions (Newcombe & Altman 2000; STATISTICAL-METHODS.md §1).
  private static double wilsonLower(double x, double n) {
    return (2 * x + Z95 * Z95 - Z95 * Math.sqrt(Z95 * Z95 + 4 * x * (1 - x / n)))
        / (2 * (n + Z95 * Z95));
  }

  private static double wilsonUpper(double x, double n) {
    return (2 * x + Z95 * Z95 + Z95 * Math.sqrt(Z95 * Z95 + 4 * x * (1 - x / n)))
        / (2 * (n + Z95 * Z95));
  }

  /** SE of ln RR, Katz et al. 1978 (STATISTICAL-METHODS.md §8). */
  private static double katzSe(double a, double n1, double c, double n0) {
    return Math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n0);
  }

  // Byar's limits for a count (STATISTICAL-METHODS.md §2).
  private static double byarsLower(double x) {
    return x * Math.pow(1 - 1 / (9 * x) - Z95 / (3 * Math.sqrt(x)), 3);
  }

  private static double byarsUpper(double x) {
    double y = x + 1;
    return y * Math.pow(1 - 1 / (9 * y) + Z95 / (3 * Math.sqrt(y)), 3);
  }

  @Test
  void readsSemicolonFilesInWindows1252AsTheOtherCommandsDo() throws IOException {
    // The same counts as proportionsAgainstAllOtherGroupsAsJson, written by a spreadsheet set to
    // semicolons and Windows-1252 (the group name has an en dash, byte 0x96 there).
    Path input = dir.resolve("p.csv");
    Files.write(
        input,
        "group;events;denominator\nA \u2013 first;30;200\nB;50;250\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1252")));
    JsonNode json = json(impact(input, "--encoding", "windows-1252", "--format", "json"));
    assertThat(group(json, "A \u2013 first").get("value").asDouble())
        .isCloseTo(15.0, within(TOLERANCE));
    assertThat(group(json, "B").get("denominator").asLong()).isEqualTo(250);
  }

  @Test
  void proportionsAgainstAllOtherGroupsAsJson() throws IOException {
    Path input = file("p.csv", "group,events,denominator\nA,30,200\nB,50,250\n");
    JsonNode json = json(impact(input, "--outcome", "benefit", "--format", "json"));

    assertThat(json.get("measure").asText()).isEqualTo("proportion");
    assertThat(json.get("confidence").asDouble()).isEqualTo(0.95);
    assertThat(json.get("reference").asText()).isEqualTo("all other groups");
    assertThat(json.has("convention")).isFalse();
    assertThat(json.has("goodnessOfFit")).isFalse();
    List<String> fields = new ArrayList<>();
    json.get("groups").get(0).fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly(
            "group",
            "label",
            "events",
            "denominator",
            "value",
            "lower",
            "upper",
            "method",
            "ratio",
            "ratioLower",
            "ratioUpper",
            "populationShare",
            "significance",
            "adverseImpact",
            "suppressed");

    JsonNode a = group(json, "A");
    // The input names the groups, so a group's label is its name.
    assertThat(a.get("label").asText()).isEqualTo("A");
    assertThat(a.get("events").isIntegralNumber()).isTrue();
    assertThat(a.get("events").asLong()).isEqualTo(30);
    assertThat(a.get("denominator").isIntegralNumber()).isTrue();
    assertThat(a.get("denominator").asLong()).isEqualTo(200);
    assertThat(a.get("method").asText()).isEqualTo("Wilson");
    // 30/200 = 15%; Wilson: (60 + z² ∓ z·sqrt(z² + 120·(1 − 0.15))) / (2·(200 + z²)).
    assertThat(a.get("value").asDouble()).isCloseTo(15.0, within(TOLERANCE));
    assertThat(a.get("lower").asDouble()).isCloseTo(100 * wilsonLower(30, 200), within(TOLERANCE));
    assertThat(a.get("upper").asDouble()).isCloseTo(100 * wilsonUpper(30, 200), within(TOLERANCE));
    // The numbers written out: lower 10.71%, upper 20.61%.
    assertThat(a.get("lower").asDouble()).isCloseTo(10.71, within(0.005));
    assertThat(a.get("upper").asDouble()).isCloseTo(20.61, within(0.005));
    // Risk ratio against B (all other groups): 0.15 / 0.20, Katz log interval.
    double se = katzSe(30, 200, 50, 250);
    assertThat(a.get("ratio").asDouble()).isCloseTo(0.75, within(TOLERANCE));
    assertThat(a.get("ratioLower").asDouble())
        .isCloseTo(0.75 * Math.exp(-Z95 * se), within(TOLERANCE));
    assertThat(a.get("ratioUpper").asDouble())
        .isCloseTo(0.75 * Math.exp(Z95 * se), within(TOLERANCE));
    assertThat(a.get("significance").asText()).isEqualTo("not significant");
    assertThat(a.get("populationShare").isNull()).as("not representation").isTrue();
    assertThat(a.get("adverseImpact").asText()).isEqualTo("NO_EVIDENCE");
    assertThat(a.get("suppressed").asBoolean()).isFalse();
    assertThat(group(json, "B").get("ratio").asDouble()).isCloseTo(0.2 / 0.15, within(TOLERANCE));
  }

  @Test
  void proportionsAsTextAndCsv() throws IOException {
    Path input = file("p.csv", "events,\"group\",denominator\n30,A,200\n50,\"B, other\",250\n");
    CommandRun text = impact(input);
    assertThat(text.exitCode).as(text.err).isZero();
    String lower = String.format(java.util.Locale.ROOT, "%.2f", 100 * wilsonLower(30, 200));
    String upper = String.format(java.util.Locale.ROOT, "%.2f", 100 * wilsonUpper(30, 200));
    assertThat(text.out)
        .contains("Impact assessment: proportion, 95% confidence intervals")
        .contains("Reference: all other groups")
        .contains("B, other")
        .containsPattern("A +30 +200 +15\\.00 +" + lower + " +" + upper + " +Wilson +0\\.75 ")
        .contains("give --outcome benefit or --outcome adverse");

    CommandRun csv = impact(input, "--format", "csv");
    assertThat(csv.exitCode).as(csv.err).isZero();
    List<String> lines = csv.out.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "group,events,denominator,value,lower,upper,method,ratio,ratio_lower,ratio_upper,"
                + "significance,adverse_impact,suppressed");
    assertThat(lines).hasSize(3);
    String[] a = lines.get(1).split(",");
    assertThat(a[0]).isEqualTo("A");
    assertThat(a[1]).isEqualTo("30");
    assertThat(a[2]).isEqualTo("200");
    // CSV figures have four decimal places (30/200 = 15%).
    assertThat(a[3]).isEqualTo("15.0000");
    assertThat(a[4])
        .isEqualTo(String.format(java.util.Locale.ROOT, "%.4f", 100 * wilsonLower(30, 200)));
    assertThat(a[6]).isEqualTo("Wilson");
    assertThat(a[7]).isEqualTo("0.7500");
    assertThat(a[10]).isEqualTo("not significant");
    assertThat(a[11]).isEmpty();
    assertThat(a[12]).isEqualTo("false");
    assertThat(lines.get(2)).startsWith("\"B, other\",50,250,");
  }

  @Test
  void neutralisesGroupNamesThatASpreadsheetWouldRunAsAFormula() throws IOException {
    Path input =
        file(
            "f.csv",
            "group,events,denominator\n"
                + "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",30,200\n"
                + "@SUM(1),50,250\n");
    CommandRun csv = impact(input, "--format", "csv");
    assertThat(csv.exitCode).as(csv.err).isZero();
    List<String> lines = csv.out.lines().toList();
    assertThat(lines.get(1))
        .startsWith("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",30,200,15.0000,");
    assertThat(lines.get(2)).startsWith("'@SUM(1),50,250,20.0000,");
  }

  @Test
  void relativeLikelihoodAsWres() throws IOException {
    // WRES indicator 2 style: White appointed 120 of 600 shortlisted, BME 40 of 400.
    Path input = file("rl.csv", "group,events,denominator\nWhite,120,600\nBME,40,400\n");
    JsonNode json =
        json(
            impact(
                input,
                "--measure",
                "relative-likelihood",
                "--reference",
                "BME",
                "--outcome",
                "benefit",
                "--format",
                "json"));
    assertThat(json.get("measure").asText()).isEqualTo("relative-likelihood");
    assertThat(json.get("reference").asText()).isEqualTo("BME");
    JsonNode white = group(json, "White");
    // RL = (120/600) / (40/400) = 0.20 / 0.10 = 2.0
    assertThat(white.get("value").asDouble()).isCloseTo(20.0, within(TOLERANCE));
    assertThat(white.get("ratio").asDouble()).isCloseTo(2.0, within(TOLERANCE));
    double se = katzSe(120, 600, 40, 400);
    assertThat(white.get("ratioLower").asDouble())
        .isCloseTo(2.0 * Math.exp(-Z95 * se), within(TOLERANCE));
    assertThat(white.get("ratioUpper").asDouble())
        .isCloseTo(2.0 * Math.exp(Z95 * se), within(TOLERANCE));
    assertThat(white.get("significance").asText()).isEqualTo("higher");
    assertThat(white.get("adverseImpact").asText()).isEqualTo("NO_EVIDENCE");
    JsonNode bme = group(json, "BME");
    assertThat(bme.get("value").asDouble()).isCloseTo(10.0, within(TOLERANCE));
    assertThat(bme.get("lower").asDouble())
        .isCloseTo(100 * wilsonLower(40, 400), within(TOLERANCE));
    assertThat(bme.get("ratio").isNull()).isTrue();
    assertThat(bme.get("significance").isNull()).isTrue();
    assertThat(bme.get("adverseImpact").asText()).isEqualTo("REFERENCE_GROUP");
  }

  @Test
  void ratesUseExactLimitsBelowTenEventsAndByarsFromTen() throws IOException {
    Path input = file("r.csv", "group,events,denominator\nA,0,50000\nB,25,100000\n");
    JsonNode json = json(impact(input, "--measure", "rate", "--format", "json"));
    JsonNode a = group(json, "A");
    assertThat(a.get("method").asText()).isEqualTo("Exact");
    assertThat(a.get("value").asDouble()).isZero();
    assertThat(a.get("lower").asDouble()).isZero();
    // x = 0: exact upper = −ln(0.025) events, per 50,000, times 100,000.
    assertThat(a.get("upper").asDouble())
        .isCloseTo(-Math.log(0.025) / 50_000 * 100_000, within(TOLERANCE));
    JsonNode b = group(json, "B");
    assertThat(b.get("method").asText()).isEqualTo("Byars");
    assertThat(b.get("value").asDouble()).isCloseTo(25.0, within(TOLERANCE));
    assertThat(b.get("lower").asDouble())
        .isCloseTo(byarsLower(25) / 100_000 * 100_000, within(TOLERANCE));
    assertThat(b.get("upper").asDouble())
        .isCloseTo(byarsUpper(25) / 100_000 * 100_000, within(TOLERANCE));
    // Rate ratio of A to B is 0 with an undefined upper limit; B to A is infinite, so empty.
    assertThat(a.get("ratio").asDouble()).isZero();
    assertThat(a.get("ratioUpper").isNull()).isTrue();
    assertThat(b.get("ratio").isNull()).isTrue();
    assertThat(a.get("significance").asText()).isEqualTo("not significant");
  }

  @Test
  void withoutAnOutcomeNoGroupHasAFindingAndPersonTimeIsADecimal() throws IOException {
    // A: 12 events in 1234.5 person-years; B: 20 in 2000.
    Path input = file("py.csv", "group,events,denominator\nA,12,1234.5\nB,20,2000\n");
    JsonNode json = json(impact(input, "--measure", "rate", "--format", "json"));
    assertThat(json.get("measure").asText()).isEqualTo("rate");
    for (JsonNode g : json.get("groups")) {
      assertThat(g.has("adverseImpact")).isTrue();
      assertThat(g.get("adverseImpact").isNull()).as(g.get("group").asText()).isTrue();
    }
    JsonNode a = group(json, "A");
    assertThat(a.get("events").isIntegralNumber()).isTrue();
    assertThat(a.get("events").asLong()).isEqualTo(12);
    assertThat(a.get("denominator").isFloatingPointNumber()).isTrue();
    assertThat(a.get("denominator").asDouble()).isEqualTo(1234.5);
    assertThat(a.get("value").asDouble()).isCloseTo(12 / 1234.5 * 100_000, within(TOLERANCE));
    assertThat(group(json, "B").get("denominator").isIntegralNumber()).isTrue();
    assertThat(group(json, "B").get("denominator").asLong()).isEqualTo(2000);
  }

  @Test
  void multiplierScalesValues() throws IOException {
    Path input = file("p.csv", "group,events,denominator\nA,30,200\nB,50,250\n");
    JsonNode json = json(impact(input, "--multiplier", "1", "--format", "json"));
    assertThat(group(json, "A").get("value").asDouble()).isCloseTo(0.15, within(TOLERANCE));
    assertThat(group(json, "A").get("lower").asDouble())
        .isCloseTo(wilsonLower(30, 200), within(TOLERANCE));
  }

  @Test
  void standardisedRatesToTheTotalOfTheGroups() throws IOException {
    Path input =
        file(
            "dsr.csv",
            "group,age_band,events,denominator\n"
                + "A,F,10,1000\n"
                + "A,M,20,1500\n"
                + "B,F,5,400\n"
                + "B,M,30,600\n");
    JsonNode json =
        json(
            impact(
                input,
                "--measure",
                "dsr",
                "--standard",
                "total",
                "--outcome",
                "adverse",
                "--format",
                "json"));
    // Standard: N_F = 1000 + 400 = 1400, N_M = 1500 + 600 = 2100, N = 3500.
    // DSR_A = (1400·10/1000 + 2100·20/1500) / 3500 · 100,000 = (14 + 28) / 3500 · 1e5 = 1200.
    // DSR_B = (1400·5/400 + 2100·30/600) / 3500 · 100,000 = (17.5 + 105) / 3500 · 1e5 = 3500.
    JsonNode a = group(json, "A");
    assertThat(a.get("method").asText()).isEqualTo("Dobson");
    assertThat(a.get("events").asLong()).isEqualTo(30);
    assertThat(a.get("value").asDouble()).isCloseTo(1200, within(1e-6));
    // Dobson: var = Σ x_i (w_i/n_i)² / (Σw)²; limit = DSR + sqrt(var/X)·(byars(X) − X)·1e5.
    double var =
        (10 * Math.pow(1400.0 / 1000, 2) + 20 * Math.pow(2100.0 / 1500, 2)) / (3500.0 * 3500);
    double lower = 1200 + Math.sqrt(var / 30) * (byarsLower(30) - 30) * 100_000;
    double upper = 1200 + Math.sqrt(var / 30) * (byarsUpper(30) - 30) * 100_000;
    assertThat(a.get("lower").asDouble()).isCloseTo(lower, within(1e-6));
    assertThat(a.get("upper").asDouble()).isCloseTo(upper, within(1e-6));
    JsonNode b = group(json, "B");
    assertThat(b.get("value").asDouble()).isCloseTo(3500, within(1e-6));
    // Against all other groups (here the other group): a ratio of DSRs, with no interval.
    assertThat(a.get("ratio").asDouble()).isCloseTo(1200.0 / 3500, within(TOLERANCE));
    assertThat(a.get("ratioLower").isNull()).isTrue();
    assertThat(a.get("significance").asText()).isEqualTo("lower");
    assertThat(b.get("significance").asText()).isEqualTo("higher");
    assertThat(b.get("adverseImpact").asText()).isEqualTo("ADVERSE");
  }

  @Test
  void standardisedRatesToEsp2013() throws IOException {
    String[] bands = {
      "0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54",
      "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+"
    };
    double[] weights = {
      5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000,
      4000, 2500, 1500, 1000
    };
    StringBuilder text = new StringBuilder("age_band,group,events,denominator\n");
    double sum = 0;
    for (int i = 0; i < bands.length; i++) {
      text.append(bands[i])
          .append(",X,")
          .append(i % 3 + 1)
          .append(',')
          .append(1000 + i)
          .append('\n');
      text.append(bands[i]).append(",Y,2,2000\n");
      sum += weights[i] * (i % 3 + 1) / (1000.0 + i);
    }
    JsonNode json =
        json(
            impact(
                file("esp.csv", text.toString()),
                "--measure",
                "dsr",
                "--reference",
                "Y",
                "--format",
                "json"));
    // Σ weights = 100,000, so DSR_X = Σ w_i x_i / n_i / 100,000 · 100,000.
    assertThat(group(json, "X").get("value").asDouble()).isCloseTo(sum, within(1e-6));
    // DSR_Y = 2/2000 in every band = 100 per 100,000.
    assertThat(group(json, "Y").get("value").asDouble()).isCloseTo(100, within(1e-9));
    assertThat(group(json, "X").get("ratio").asDouble()).isCloseTo(sum / 100, within(1e-9));
  }

  @Test
  void representationAgainstADenominatorColumn() throws IOException {
    Path input = file("rep.csv", "group,events,denominator\nA,50,1000\nB,30,500\nC,20,500\n");
    JsonNode json =
        json(
            impact(
                input, "--measure", "representation", "--outcome", "benefit", "--format", "json"));
    assertThat(json.get("reference").asText()).isEqualTo("population");
    // Population shares 50%, 25%, 25%; expected users 50, 25, 25 of 100.
    // Chi-square = 0 + 25/25 + 25/25 = 2 on 2 df; p = exp(−2/2).
    JsonNode fit = json.get("goodnessOfFit");
    assertThat(fit.get("statistic").asDouble()).isCloseTo(2.0, within(TOLERANCE));
    assertThat(fit.get("df").asInt()).isEqualTo(2);
    assertThat(fit.get("pValue").asDouble()).isCloseTo(Math.exp(-1), within(1e-9));
    JsonNode b = group(json, "B");
    assertThat(b.get("denominator").asLong()).isEqualTo(100);
    assertThat(b.get("value").asDouble()).isCloseTo(30.0, within(TOLERANCE));
    assertThat(b.get("lower").asDouble()).isCloseTo(100 * wilsonLower(30, 100), within(TOLERANCE));
    assertThat(b.get("populationShare").asDouble()).isCloseTo(25.0, within(TOLERANCE));
    assertThat(b.get("ratio").asDouble()).isCloseTo(30.0 / 25, within(TOLERANCE));
    assertThat(b.get("ratioLower").asDouble())
        .isCloseTo(100 * wilsonLower(30, 100) / 25, within(TOLERANCE));
  }

  /** The London column of the reference TS021 table, by census label (the Total row left out). */
  /** The TS021 counts of one area by census label, from the reference file. */
  static Map<String, Long> ts021(String area) throws IOException {
    List<String> lines =
        ReferenceFile.lines(
            "census/census2021_ts021_ethnic_group_19cat_by_region_england_wales.csv");
    List<String> header = fields(lines.get(0));
    int column = header.indexOf(area);
    assertThat(column).isPositive();
    Map<String, Long> counts = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> row = fields(line);
      if (!row.get(0).startsWith("Total")) {
        counts.put(row.get(0), Long.parseLong(row.get(column)));
      }
    }
    assertThat(counts).hasSize(19);
    return counts;
  }

  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  @Test
  void representationAgainstCensus2021LondonInNhsLetters() throws IOException {
    // Service users by NHS letter; S (Any other ethnic group) is absent and counts 0.
    Path input =
        file(
            "users.csv",
            "events,group\n400,A\n30,B\n150,C\n12,D\n11,E\n15,F\n14,G\n60,H\n40,J\n50,K\n"
                + "30,L\n60,M\n90,N\n20,P\n15,R\n");
    CommandRun run =
        impact(
            input,
            "--measure",
            "representation",
            "--population",
            "census-2021:London",
            "--format",
            "json");
    JsonNode json = json(run);
    List<String> fields = new ArrayList<>();
    json.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly(
            "measure", "confidence", "reference", "convention", "goodnessOfFit", "groups");
    assertThat(json.get("convention").asText())
        .startsWith("follow-crosswalk:")
        .contains("White: Gypsy or Irish Traveller counted in C")
        .contains("White: Roma counted in C")
        .contains("Other ethnic group: Arab counted in S");

    Map<String, Long> london = ts021("London");
    long total = london.values().stream().mapToLong(Long::longValue).sum();
    long c =
        london.get("White: Other White")
            + london.get("White: Gypsy or Irish Traveller")
            + london.get("White: Roma");
    JsonNode groupC = group(json, "C");
    assertThat(groupC.get("populationShare").asDouble())
        .isCloseTo(100.0 * c / total, within(TOLERANCE));
    long a = london.get("White: English, Welsh, Scottish, Northern Irish or British");
    assertThat(group(json, "A").get("populationShare").asDouble())
        .isCloseTo(100.0 * a / total, within(TOLERANCE));
    // 997 service users in all.
    assertThat(groupC.get("denominator").asLong()).isEqualTo(997);
    assertThat(groupC.get("value").asDouble()).isCloseTo(100.0 * 150 / 997, within(TOLERANCE));
    JsonNode s = group(json, "S");
    assertThat(s.get("events").asLong()).isZero();
    assertThat(json.get("groups")).hasSize(16);
    assertThat(json.get("goodnessOfFit").get("df").asInt()).isEqualTo(15);

    CommandRun text =
        impact(input, "--measure", "representation", "--population", "census-2021:London");
    assertThat(text.exitCode).as(text.err).isZero();
    assertThat(text.out)
        .contains("Reference: population (census-2021 London, OGL v3 (ONS perturbs small counts))")
        .contains("Population convention: follow-crosswalk:")
        .contains("counted with 0 service users: S");
  }

  @Test
  void representationInTheCensusCodesNeedsNoConvention() throws IOException {
    Path input = file("census.csv", "group,events\n1,10\n\"White: Irish\",20\n");
    JsonNode json =
        json(
            impact(
                input,
                "--measure",
                "representation",
                "--population",
                "census-2021:London",
                "--format",
                "json"));
    assertThat(json.has("convention")).isFalse();
    Map<String, Long> london = ts021("London");
    long total = london.values().stream().mapToLong(Long::longValue).sum();
    assertThat(group(json, "White: Irish").get("populationShare").asDouble())
        .isCloseTo(100.0 * london.get("White: Irish") / total, within(TOLERANCE));
    assertThat(json.get("groups")).hasSize(19);
  }

  @Test
  void suppressedGroupsShowNoFigures() throws IOException {
    Path input =
        file(
            "small.csv",
            "group,events,denominator\nA,5,100\nB,30,200\nC,40,300\nD,50,250\nE,60,300\n");
    JsonNode json = json(impact(input, "--disclosure", "threshold-10", "--format", "json"));
    JsonNode a = group(json, "A");
    assertThat(a.get("suppressed").asBoolean()).isTrue();
    assertThat(a.get("events").isNull()).isTrue();
    assertThat(a.get("value").isNull()).isTrue();
    assertThat(a.get("lower").isNull()).isTrue();
    assertThat(a.get("upper").isNull()).isTrue();
    assertThat(a.get("ratio").isNull()).isTrue();
    boolean published = false;
    for (JsonNode g : json.get("groups")) {
      if (!g.get("suppressed").asBoolean()) {
        published = true;
        assertThat(g.get("events").isNull()).isFalse();
        assertThat(g.get("value").isNull()).isFalse();
      }
    }
    assertThat(published).isTrue();

    CommandRun text = impact(input, "--disclosure", "threshold-10");
    assertThat(text.exitCode).as(text.err).isZero();
    assertThat(text.out).containsPattern("\nA +\\* ").contains("suppressed under disclosure");
    assertThat(text.out).doesNotContain(" 5.00 ");

    CommandRun csv = impact(input, "--disclosure", "threshold-10", "--format", "csv");
    assertThat(csv.out.lines().filter(l -> l.startsWith("A,")).findFirst().orElseThrow())
        .startsWith("A,,")
        .endsWith(",true");
  }

  private void assertBadInput(CommandRun run, String message) {
    assertThat(run.exitCode).as(run.err).isEqualTo(1);
    assertThat(run.err).contains(message);
    assertThat(run.out).isEmpty();
  }

  @Test
  void badInputGivesFileLineAndProblem() throws IOException {
    Path missing = file("missing.csv", "group,count,denominator\nA,1,2\n");
    assertBadInput(
        impact(missing),
        missing + ": line 1: no column 'events'; the columns are 'group', 'count', 'denominator'");

    Path ragged = file("ragged.csv", "group,events,denominator\nA,1,10\nB,2\n");
    assertBadInput(
        impact(ragged), ragged + ": line 3: expected 3 fields as in the header, found 2");

    Path text = file("text.csv", "group,events,denominator\nA,ten,100\nB,2,10\n");
    assertBadInput(
        impact(text),
        text + ": line 2: events must be a whole number of at least 0, got 'ten' for group 'A'");

    Path negative = file("negative.csv", "group,events,denominator\nA,1,100\nB,-2,10\n");
    assertBadInput(
        impact(negative),
        negative + ": line 3: events must not be negative, got '-2' for group 'B'");

    Path negativeDenominator = file("negden.csv", "group,events,denominator\nA,1,-100\nB,2,10\n");
    assertBadInput(
        impact(negativeDenominator),
        negativeDenominator + ": line 2: the denominator must not be negative, got '-100'");

    Path nonNumeric = file("nonnum.csv", "group,events,denominator\nA,1,lots\nB,2,10\n");
    assertBadInput(
        impact(nonNumeric),
        nonNumeric + ": line 2: the denominator must be a number greater than 0, got 'lots'");

    Path above = file("above.csv", "group,events,denominator\nA,1,100\nB,250,200\n");
    assertBadInput(
        impact(above),
        above + ": line 3: events 250 exceed the denominator 200 of group 'B': a proportion");
    assertBadInput(
        impact(above, "--measure", "relative-likelihood", "--reference", "A"),
        above + ": line 3: events 250 exceed the denominator 200");
    // A rate may have more events than its denominator (person-time).
    assertThat(impact(above, "--measure", "rate").exitCode).isZero();

    Path zero = file("zero.csv", "group,events,denominator\nA,0,0\nB,2,10\n");
    assertBadInput(impact(zero), zero + ": line 2: zero denominator for group 'A'");

    Path duplicate = file("dup.csv", "group,events,denominator\nA,1,10\nB,2,10\nA,3,10\n");
    assertBadInput(
        impact(duplicate), duplicate + ": line 4: duplicate group 'A' (first on line 2)");

    Path blank = file("blank.csv", "group,events,denominator\nA,1,10\n,2,10\n");
    assertBadInput(impact(blank), blank + ": line 3: the group is blank");

    Path one = file("one.csv", "group,events,denominator\nA,1,10\n");
    assertBadInput(impact(one), one + ": at least 2 groups are needed");

    Path empty = file("empty.csv", "group,events,denominator\n");
    assertBadInput(impact(empty), empty + ": the file has a header but no rows");

    assertBadInput(impact(dir.resolve("absent.csv")), "absent.csv: file not found");
  }

  @Test
  void badStandardisedRateInput() throws IOException {
    Path noBand = file("noband.csv", "group,events,denominator\nA,1,10\nB,2,10\n");
    assertBadInput(impact(noBand, "--measure", "dsr"), noBand + ": line 1: no column 'age_band'");

    Path wrongBand = file("band.csv", "group,age_band,events,denominator\nA,0-5,1,10\n");
    assertBadInput(
        impact(wrongBand, "--measure", "dsr"),
        wrongBand
            + ": line 2: age band '0-5' is not a band of the European Standard Population 2013;"
            + " the bands are: 0-4, 5-9");

    Path missingBand =
        file("gap.csv", "group,age_band,events,denominator\nA,F,1,10\nA,M,1,10\nB,F,2,10\n");
    assertBadInput(
        impact(missingBand, "--measure", "dsr", "--standard", "total"),
        missingBand + ": group 'B' has no row for age bands M");

    Path duplicate = file("dupband.csv", "group,age_band,events,denominator\nA,F,1,10\nA,F,1,10\n");
    assertBadInput(
        impact(duplicate, "--measure", "dsr", "--standard", "total"),
        duplicate + ": line 3: duplicate group 'A', age band 'F' (first on line 2)");
  }

  @Test
  void mentalHealthActStandardisedRatesWithTheirInterval() throws IOException {
    // Every stratum of A has rate 10/10000 = 0.001 and of B 30/10000 = 0.003, so whatever the
    // weights the DSRs are 100 and 300 per 100,000 (USERS-AND-METRICS.md §2.3). The half-width is
    // 1.96·sqrt(Σ_k (N_k/N)²·r(1 − r)/10000)·1e5 over the strata other than 16 to 17.
    StringBuilder csv = new StringBuilder("group,sex,age_band,events,denominator\n");
    for (String group : List.of("A", "B")) {
      for (String sex : List.of("Male", "Female")) {
        for (String age :
            List.of(
                "15 and under", "16 to 17", "18 to 34", "35 to 49", "50 to 64", "65 and over")) {
          csv.append(group)
              .append(',')
              .append(sex)
              .append(',')
              .append(age)
              .append(',')
              .append(group.equals("A") ? 10 : 30)
              .append(",10000\n");
        }
      }
    }
    Path input = file("mha.csv", csv.toString());
    JsonNode json =
        json(
            impact(
                input,
                "--measure",
                "dsr",
                "--standard",
                "mha-2011",
                "--reference",
                "A",
                "--format",
                "json"));
    StandardPopulation standard = BundledStandardPopulations.mentalHealthAct2011();
    double[] weights = standard.weights();
    double sumOfSquaredShares = 0;
    for (int k = 0; k < weights.length; k++) {
      if (!standard.ageBands().get(k).endsWith("16 to 17")) {
        double share = weights[k] / standard.total();
        sumOfSquaredShares += share * share;
      }
    }
    JsonNode b = group(json, "B");
    double half = 1.96 * Math.sqrt(sumOfSquaredShares * 0.003 * 0.997 / 10000) * 1e5;
    assertThat(b.get("value").asDouble()).isCloseTo(300, within(TOLERANCE));
    assertThat(b.get("lower").asDouble()).isCloseTo(300 - half, within(TOLERANCE));
    assertThat(b.get("upper").asDouble()).isCloseTo(300 + half, within(TOLERANCE));
    assertThat(b.get("method").asText())
        .isEqualTo("NHS England Mental Health Act: normal approximation, binomial variance");
    assertThat(group(json, "A").get("value").asDouble()).isCloseTo(100, within(TOLERANCE));
    assertThat(b.get("ratio").asDouble()).isCloseTo(3, within(TOLERANCE));

    CommandRun text = impact(input, "--measure", "dsr", "--standard", "mha-2011");
    assertThat(text.exitCode).as(text.err).isZero();
    assertThat(text.out).contains("standardised to Census 2011 England by sex and age");

    Path badStratum = file("bad.csv", "group,sex,age_band,events,denominator\nA,Male,0-4,1,10\n");
    assertBadInput(
        impact(badStratum, "--measure", "dsr", "--standard", "mha-2011"),
        badStratum
            + ": line 2: sex and age band 'Male 0-4' is not a stratum of the Mental Health Act"
            + " standard; the strata are sex Male or Female (column sex) with age band 15 and"
            + " under, 16 to 17, 18 to 34, 35 to 49, 50 to 64, 65 and over");
  }

  @Test
  void badRepresentationGroups() throws IOException {
    Path unknown = file("q.csv", "group,events\nA,10\nQ,5\n");
    assertBadInput(
        impact(unknown, "--measure", "representation", "--population", "census-2021:London"),
        unknown
            + ": line 3: group 'Q' is not a category code or label of ons-census-2021-england-wales");

    Path notStated = file("z.csv", "group,events\nA,10\nZ,5\n");
    assertBadInput(
        impact(notStated, "--measure", "representation", "--population", "census-2021:London"),
        notStated + ": line 3: group 'Z' (Z Not stated) has no population in census-2021 London");

    Path twice = file("twice.csv", "group,events\nA,10\n\"White - British\",5\n");
    assertBadInput(
        impact(twice, "--measure", "representation", "--population", "census-2021"),
        twice
            + ": line 3: duplicate group: 'White - British' and 'A' (line 2) are both category A");

    Path noUsers = file("none.csv", "group,events\nA,0\nB,0\n");
    CommandRun none =
        impact(noUsers, "--measure", "representation", "--population", "census-2021:London");
    assertBadInput(none, "representation needs at least one service user");
  }

  private void assertUsage(CommandRun run, String... messages) {
    assertThat(run.exitCode).as(run.err).isEqualTo(2);
    assertThat(run.err).contains(messages);
    assertThat(run.out).isEmpty();
  }

  @Test
  void badOptionsGiveExitCodeTwoWithTheValidValues() throws IOException {
    Path input = file("p.csv", "group,events,denominator\nA,30,200\nB,50,250\n");
    assertUsage(impact(input, "--confidence", "0.8"), "[0.9, 1)");
    assertUsage(impact(input, "--confidence", "95"), "[0.9, 1)");
    assertUsage(
        impact(input, "--measure", "ratio"),
        "unknown measure 'ratio'; the measures are: proportion, rate, relative-likelihood,"
            + " representation, dsr");
    assertUsage(
        impact(input, "--disclosure", "secret"),
        "unknown disclosure policy 'secret'; the policies are: ",
        "nhs-digital",
        "threshold-10",
        "round-5-fewer-than-5",
        "none");
    assertUsage(
        impact(input, "--outcome", "good"),
        "unknown outcome 'good'; the outcomes are: benefit, adverse");
    assertUsage(
        impact(input, "--measure", "representation", "--population", "census-2031"),
        "unknown population 'census-2031'; the populations are: census-2021, census-2021-rm032,"
            + " census-2011, census-2021-ts021-5 (see: populations), or give a FILE.csv");
    assertUsage(
        impact(input, "--measure", "representation", "--population", "census-2021:Atlantis"),
        "population 'census-2021' has no area 'Atlantis'; the areas are: ",
        "London",
        "Wales");
    assertUsage(
        impact(input, "--reference", "C"), "unknown reference group 'C'; the groups are: 'A', 'B'");
    assertUsage(
        impact(input, "--measure", "relative-likelihood"),
        "relative-likelihood needs --reference GROUP, the comparison group; the groups are: 'A',"
            + " 'B'");
    assertUsage(impact(input, "--multiplier", "0"), "multiplier must be a finite number > 0");
    assertUsage(
        impact(input, "--population", "census-2021:London"),
        "--population goes with --measure representation");
    assertUsage(impact(input, "--standard", "total"), "--standard goes with --measure dsr");
    assertUsage(
        impact(input, "--measure", "dsr", "--standard", "world"),
        "unknown standard population 'world'; the standards are: esp2013, total, mha-2011");
    assertUsage(
        impact(input, "--measure", "representation", "--population", "census-2021"),
        "has a denominator column and --population gives the denominators");
    assertUsage(
        impact(input, "--measure", "representation", "--reference", "A"),
        "--reference does not apply to representation");
    assertUsage(impact(input, "--format", "xml"), "xml");
  }
}
