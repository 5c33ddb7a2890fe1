package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.equalitymonitoring.cli.CommandRun.group;
import static org.equalitymonitoring.cli.CommandRun.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --population} with a population file or a bundled local authority, and its errors. */
class PopulationOptionTest {
  private static final double TOLERANCE = 1e-9;

  /**
   * Census 2021 TS021 for Hartlepool (E06000001), summed from its 57 LSOAs (reference file
   * census2021_ts021_ethnic_group_5cat_by_lad23_from_lsoa_sum.csv): White 89,069, Mixed 671, Asian
   * 1,599, Black 448, Other 554; total 92,341.
   */
  private static final double HARTLEPOOL = 92_341;

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, text);
    return path;
  }

  private static CommandRun representation(Path input, String population, String... more) {
    String[] args = new String[7 + more.length];
    args[0] = "impact";
    args[1] = "--input";
    args[2] = input.toString();
    args[3] = "--measure";
    args[4] = "representation";
    args[5] = "--population";
    args[6] = population;
    System.arraycopy(more, 0, args, 7, more.length);
    return CommandRun.run("", args);
  }

  @Test
  void aPopulationFileGivesTheDenominators() throws IOException {
    Path population = file("town.csv", "category,area,count\nA,Town,600\nB,Town,100\nC,Town,300\n");
    Path input = file("users.csv", "group,events\nA,50\nB,20\nC,30\n");
    JsonNode json = json(representation(input, population.toString(), "--format", "json"));
    // 100 service users. Population 1,000: A 60%, B 10%, C 30%.
    // Shares 50%, 20%, 30%; ratios 50 / 60 = 0.8333, 20 / 10 = 2, 30 / 30 = 1.
    assertThat(group(json, "A").get("populationShare").asDouble()).isCloseTo(60, within(1e-9));
    assertThat(group(json, "A").get("value").asDouble()).isCloseTo(50, within(TOLERANCE));
    assertThat(group(json, "A").get("ratio").asDouble()).isCloseTo(50.0 / 60, within(TOLERANCE));
    assertThat(group(json, "B").get("ratio").asDouble()).isCloseTo(2, within(TOLERANCE));
    assertThat(group(json, "C").get("ratio").asDouble()).isCloseTo(1, within(TOLERANCE));
    assertThat(json.get("groups")).hasSize(3);
  }

  @Test
  void aPopulationFileAreaIsNamedAfterTheFileInAnyCase() throws IOException {
    Path population =
        file(
            "two.csv", "category,area,count\nA,North,100\nB,North,100\nA,South,300\nB,South,100\n");
    Path input = file("users.csv", "group,events\nA,10\nB,10\n");
    // South: A 300 of 400 = 75%.
    JsonNode json = json(representation(input, population + ":south", "--format", "json"));
    assertThat(group(json, "A").get("populationShare").asDouble()).isCloseTo(75, within(1e-9));

    CommandRun noArea = representation(input, population.toString());
    assertThat(noArea.exitCode).isEqualTo(2);
    assertThat(noArea.err)
        .contains(
            "population 'two.csv' has no area England: name one as --population "
                + population
                + ":AREA; the areas are: North, South");
  }

  @Test
  void aPopulationFileInCensusCodesNamesItsScheme() throws IOException {
    Path population = file("census.csv", "category,area,count\n13,Town,900\n14,Town,100\n");
    Path input = file("users.csv", "group,events\n13,80\n14,20\n");
    JsonNode json =
        json(
            representation(
                input,
                population.toString(),
                "--population-scheme",
                "ons-census-2021-england-wales",
                "--format",
                "json"));
    // 14 White: Irish: 100 of 1,000 = 10%; users 20 of 100 = 20%; ratio 2.
    assertThat(group(json, "14").get("ratio").asDouble()).isCloseTo(2, within(TOLERANCE));

    CommandRun withoutScheme = representation(input, population.toString());
    assertThat(withoutScheme.exitCode).isEqualTo(1);
    assertThat(withoutScheme.err)
        .contains(
            "line 2: category '13' is not a code of scheme 'nhs-ethnic-category-2001' (and 1 more"
                + " problems); give the scheme of the codes with --population-scheme");
  }

  @Test
  void aBadPopulationFileIsOneLineWithTheLine() throws IOException {
    Path input = file("users.csv", "group,events\nA,10\nB,10\n");
    Path negative = file("negative.csv", "category,area,count\nA,Town,10\nB,Town,-3\n");
    CommandRun run = representation(input, negative.toString());
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err.strip())
        .isEqualTo("error: '" + negative + "': line 3: count '-3' is negative")
        .doesNotContain("\n");

    Path header = file("header.csv", "code,area,count\nA,Town,10\n");
    CommandRun badHeader = representation(input, header.toString());
    assertThat(badHeader.err).contains("line 1: unknown column 'code'");

    String longCount = "9".repeat(200);
    Path huge = file("huge.csv", "category,area,count\nA,Town," + longCount + "\n");
    CommandRun tooLong = representation(input, huge.toString());
    assertThat(tooLong.err).contains("line 2: count '" + "9".repeat(80) + "…' is too large");
    assertThat(tooLong.err).doesNotContain("9".repeat(81));

    CommandRun missing = representation(input, dir.resolve("nowhere.csv").toString());
    assertThat(missing.exitCode).isEqualTo(2);
    assertThat(missing.err)
        .contains("population file '" + dir.resolve("nowhere.csv") + "' not found");
  }

  @Test
  void aBundledLocalAuthorityByNameInCensusBroadGroups() throws IOException {
    Path input =
        file("users.csv", "group,events\nWhite,900\nAsian,50\nMixed,20\nBlack,20\nOther,10\n");
    JsonNode json =
        json(representation(input, "census-2021-ts021-5:hartlepool", "--format", "json"));
    // 1,000 users. White: 900 / 1,000 = 0.9 against 89,069 / 92,341 = 0.964566: ratio 0.933062.
    // Asian: 50 / 1,000 = 0.05 against 1,599 / 92,341 = 0.017316: ratio 2.887461.
    assertThat(group(json, "White").get("populationShare").asDouble())
        .isCloseTo(100 * 89_069 / HARTLEPOOL, within(TOLERANCE));
    assertThat(group(json, "White").get("ratio").asDouble())
        .isCloseTo(0.9 / (89_069 / HARTLEPOOL), within(TOLERANCE))
        .isCloseTo(0.933062, within(1e-6));
    assertThat(group(json, "Asian").get("ratio").asDouble())
        .isCloseTo(0.05 / (1_599 / HARTLEPOOL), within(TOLERANCE))
        .isCloseTo(2.887461, within(1e-6));
    assertThat(json.get("groups")).hasSize(5);
    assertThat(json.has("convention")).isFalse();

    CommandRun text = representation(input, "census-2021-ts021-5:Hartlepool");
    assertThat(text.out)
        .contains("census-2021-ts021-5 Hartlepool")
        .contains("sums of LSOAs differ slightly from published local authority figures");
  }

  @Test
  void aBundledLocalAuthorityByCodeInNhsBroadGroups() throws IOException {
    Path input =
        file(
            "users.csv",
            "group,events\nWhite,900\nAsian or Asian British,50\nMixed,20\n"
                + "Black or Black British,20\nOther Ethnic Groups,10\n");
    JsonNode json =
        json(representation(input, "census-2021-ts021-5:E06000001", "--format", "json"));
    // Census Asian (1,599, which holds Chinese) is counted in NHS Asian or Asian British;
    // Other: 10 / 1,000 = 0.01 against 554 / 92,341 = 0.006000: ratio 1.666805.
    assertThat(group(json, "Asian or Asian British").get("populationShare").asDouble())
        .isCloseTo(100 * 1_599 / HARTLEPOOL, within(TOLERANCE));
    assertThat(group(json, "Other Ethnic Groups").get("ratio").asDouble())
        .isCloseTo(0.01 / (554 / HARTLEPOOL), within(TOLERANCE))
        .isCloseTo(1.666805, within(1e-6));
    assertThat(json.get("convention").asText())
        .contains(
            "Asian, Asian British or Asian Welsh counted in broad group Asian or Asian British")
        .contains("Asian, Asian British or Asian Welsh: Chinese (counted in Other Ethnic Groups)");
  }

  @Test
  void anUnknownLocalAuthoritySaysWhereToFindThem() throws IOException {
    Path input = file("users.csv", "group,events\nWhite,9\nAsian,1\n");
    CommandRun run = representation(input, "census-2021-ts021-5:Atlantis");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err.strip())
        .isEqualTo(
            "error: population 'census-2021-ts021-5' has no area 'Atlantis' (a name in any case or"
                + " an ONS code); it has 318 areas; list them with: populations"
                + " census-2021-ts021-5");
    CommandRun noArea = representation(input, "census-2021-ts021-5");
    assertThat(noArea.err)
        .contains(
            "population 'census-2021-ts021-5' has no area England: name one as --population"
                + " census-2021-ts021-5:AREA; it has 318 areas");
  }

  @Test
  void populationsListsTheBundledOnesAndTheAreasOfOne() {
    CommandRun all = CommandRun.run("", "populations");
    assertThat(all.exitCode).as(all.err).isZero();
    assertThat(all.out)
        .contains("census-2021  [ons-census-2021-england-wales; 12 areas]")
        .contains("census-2021-ts021-5  [ons-census-2021-england-wales; 318 areas]");
    CommandRun areas = CommandRun.run("", "populations", "census-2021-ts021-5");
    assertThat(areas.exitCode).as(areas.err).isZero();
    assertThat(areas.out).contains("E06000001  Hartlepool\n").contains("E09000033  Westminster\n");
    assertThat(areas.out.lines().count()).isEqualTo(319);
    CommandRun unknown = CommandRun.run("", "populations", "nope");
    assertThat(unknown.exitCode).isEqualTo(2);
  }

  @Test
  void theReportComparesRecordsByBroadGroupWithALocalAuthority() throws IOException {
    // 10 known records: White A, A, B, C, C (5); Asian H, J, K (3); Other S, S (2).
    Path extract = file("extract.csv", "eth\nA\na\nB\nC\nC\nH\nJ\nK\nS\nS\nZ\n\n");
    Path html = dir.resolve("report.html");
    Path json = dir.resolve("report.json");
    CommandRun run =
        CommandRun.run(
            "",
            "report",
            "--input",
            extract.toString(),
            "--ethnicity-column",
            "eth",
            "--output",
            html.toString(),
            "--json",
            json.toString(),
            "--disclosure",
            "none",
            "--population",
            "census-2021-ts021-5:westminster");
    assertThat(run.exitCode).as(run.err).isZero();
    JsonNode representation = new ObjectMapper().readTree(json.toFile()).get("representation");
    // Westminster (E09000033), sum of its 123 LSOAs: White 112,714, Mixed 13,324, Asian 34,250,
    // Black 16,449, Other 27,477; total 204,214. White share 112,714 / 204,214 = 55.1941%;
    // records 5 / 10 = 50%.
    JsonNode white = group(representation, "White");
    assertThat(white.get("events").asLong()).isEqualTo(5);
    assertThat(white.get("populationShare").asDouble())
        .isCloseTo(100 * 112_714 / 204_214.0, within(TOLERANCE));
    assertThat(group(representation, "Asian or Asian British").get("events").asLong()).isEqualTo(3);
    assertThat(group(representation, "Other Ethnic Groups").get("events").asLong()).isEqualTo(2);
    assertThat(Files.readString(html))
        .contains("Census 2021 usual residents by broad ethnic group");
  }
}
