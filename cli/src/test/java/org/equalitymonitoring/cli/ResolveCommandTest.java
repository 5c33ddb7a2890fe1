package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The expected rows are worked out by hand from the presets' published rules (USERS-AND-METRICS.md
 * §1.1-1.2, SCHEMES.md §1.4), the NHS ETHNIC CATEGORY labels (SCHEMES.md table of the 2001 codes)
 * and the OpenSAFELY SNOMED CT list (SCHEMES.md: 494131000000105 is grouping 1, White - British).
 */
class ResolveCommandTest {
  private static final String HEADER =
      "person,code,label,status,rule,underlying_rule,conflict,tie,tied,tie_across_broad_groups,"
          + "known_codes,records_considered\n";

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, text);
    return path;
  }

  private CommandRun resolve(Path extract, String preset, String... more) {
    String[] args = {
      "resolve",
      "--input",
      extract.toString(),
      "--person-column",
      "person",
      "--source-column",
      "source",
      "--date-column",
      "date",
      "--code-column",
      "ethnicity",
      "--preset",
      preset
    };
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return CommandRun.run("", all);
  }

  @Test
  void recencyGivesOneRowPerPersonWithTheRuleConflictAndTie() throws IOException {
    Path extract =
        file(
            "records.csv",
            "person,source,date,ethnicity\n"
                + "p01,gp-journal,2020-01-01,494131000000105\n"
                + "p01,APC,2021-06-01,B\n"
                + "p02,gp-journal,2019-05-01,92531000000104\n"
                + "p02,gp-patient,,99\n"
                + "p03,gp-patient,2022-02-02,M\n"
                + "p03,gp-journal,2022-02-02,92711000000100\n"
                + "p04,gp-journal,2023-03-03,110751000000108\n"
                + "p04,gp-journal,2023-03-03,92461000000105\n"
                + "p05,op,2018-01-01,494131000000105\n"
                + "p05,ae,2017-01-01, a \n"
                + "p06,gp-journal,2020-01-01,Q\n"
                + "p06,pharmacy,2021-01-01,A\n");
    CommandRun run = resolve(extract, "nhs-digital-gdppr-recency");
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out)
        .isEqualTo(
            HEADER
                // The latest known record is the APC one of 2021 (source names ignore case): B.
                + "p01,B,White - Irish,RESOLVED,LATEST,,true,false,,false,A B,2\n"
                // Z and 99 are unknowns of the GDPPR asset: no known record.
                + "p02,,,UNKNOWN,NO_KNOWN_RECORD,,false,false,,false,,2\n"
                // Same latest date: Journal > Patient gives N (African).
                + "p03,N,Black or Black British - African,RESOLVED,TIE_BROKEN_BY_SOURCE_PRIORITY,"
                + ",true,true,,false,M N,2\n"
                // The top source gives two codes on the latest date: null.
                + "p04,,,TIE,TIE_UNRESOLVED,,true,true,gp-journal:H gp-journal:J,false,H J,2\n"
                // The SNOMED CT code is A through the OpenSAFELY list, and so is " a ".
                + "p05,A,White - British,RESOLVED,ONLY_KNOWN_CODE,,false,false,,false,A,2\n"
                // Q is not a concept of NHS Digital's map, so the preset drops it; a pharmacy
                // record is not read by the preset.
                + "p06,,,UNKNOWN,NO_KNOWN_RECORD,,false,false,,false,,1\n");
    assertThat(run.err)
        .contains("Preset: nhs-digital-gdppr-recency")
        .contains("Recognition: nhs-ethnic-category-2001")
        .contains(
            "warning: 1 of 12 records come from sources that nhs-digital-gdppr-recency does not"
                + " read; it reads gp-journal, gp-patient, apc, ae, op")
        .doesNotContain("p0");
  }

  @Test
  void fillIfMissingAsJsonShowsTheUnderlyingRule() throws IOException {
    Path extract =
        file(
            "records.csv",
            "person,source,date,ethnicity\n"
                + "q1,gp-patient,2020-01-01,A\n"
                + "q1,apc,2021-01-01,B\n"
                + "q2,gp-patient,2020-01-01,Z\n"
                + "q2,apc,2021-01-01,C\n"
                + "q2,ae,2021-01-01,D\n");
    CommandRun run = resolve(extract, "cvd-prevent-fill-if-missing", "--format", "json");
    assertThat(run.exitCode).as(run.err).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out);
    assertThat(json.get("preset").asText()).isEqualTo("cvd-prevent-fill-if-missing");
    assertThat(json.get("recognition").asText()).startsWith("nhs-ethnic-category-2001");
    assertThat(json.get("persons")).hasSize(2);
    // q1: the patient record alone gives A, kept although the later APC record says B.
    JsonNode q1 = json.get("persons").get(0);
    assertThat(q1.get("person").asText()).isEqualTo("q1");
    assertThat(q1.get("code").asText()).isEqualTo("A");
    assertThat(q1.get("label").asText()).isEqualTo("White - British");
    assertThat(q1.get("status").asText()).isEqualTo("RESOLVED");
    assertThat(q1.get("rule").asText()).isEqualTo("PRIMARY_SOURCE");
    assertThat(q1.get("underlyingRule").asText()).isEqualTo("ONLY_KNOWN_CODE");
    assertThat(q1.get("conflict").asBoolean()).isTrue();
    assertThat(q1.get("tie").asBoolean()).isFalse();
    assertThat(q1.get("knownCodes").toString()).isEqualTo("[\"A\",\"B\"]");
    assertThat(q1.get("recordsConsidered").asInt()).isEqualTo(2);
    // q2: the patient record has only Z; the fallback's latest date holds APC C and A&E D: APC >
    // AE.
    JsonNode q2 = json.get("persons").get(1);
    assertThat(q2.get("code").asText()).isEqualTo("C");
    assertThat(q2.get("label").asText()).isEqualTo("White - Any other White background");
    assertThat(q2.get("rule").asText()).isEqualTo("FILLED_FROM_SECONDARY");
    assertThat(q2.get("underlyingRule").asText()).isEqualTo("TIE_BROKEN_BY_SOURCE_PRIORITY");
    assertThat(q2.get("conflict").asBoolean()).isTrue();
    assertThat(q2.get("tie").asBoolean()).isTrue();
    assertThat(q2.get("knownCodes").toString()).isEqualTo("[\"C\",\"D\"]");
    assertThat(q2.get("recordsConsidered").asInt()).isEqualTo(3);
  }

  @Test
  void theSdePresetListsTiedCodesAndWhetherTheyCrossBroadGroups() throws IOException {
    // Outpatients and A&E share the lowest priority (4), so records of both on the same latest
    // date tie and the pipeline's random pick is not reproduced: no code, the tie listed by source
    // then code. s1: A and B are both White: a tie of categories within one broad group. s2: R is
    // Asian in the pipeline's grouping (Chinese under Asian) and S is Other: a tie across groups.
    Path extract =
        file(
            "records.csv",
            "person,source,date,ethnicity\n"
                + "s1,op,2022-01-01,A\n"
                + "s1,ae,2022-01-01,B\n"
                + "s2,op,2022-01-01,R\n"
                + "s2,ae,2022-01-01,S\n");
    CommandRun run = resolve(extract, "bhf-dsc-sde-curate-ethnicity");
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out)
        .isEqualTo(
            HEADER
                + "s1,,,TIE,TIE_UNRESOLVED,,true,true,ae:B op:A,false,A B,2\n"
                + "s2,,,TIE,TIE_UNRESOLVED,,true,true,ae:S op:R,true,R S,2\n");
  }

  private static final String NUMERIC_ORDER =
      "person,source,date,ethnicity\n"
          + "9,apc,2020-01-01,A\n"
          + "9,ae,2020-02-01,A\n"
          + "9,op,2021-01-01,B\n"
          + "10,apc,2020-01-01,C\n"
          + "10,op,2020-01-01,D\n";

  @Test
  void groupedInputInAnotherOrderResolvesWithOrderGroupedFromStandardInput() {
    CommandRun run =
        CommandRun.run(
            NUMERIC_ORDER,
            "resolve",
            "--input",
            "-",
            "--person-column",
            "person",
            "--source-column",
            "source",
            "--date-column",
            "date",
            "--code-column",
            "ethnicity",
            "--preset",
            "nhs-digital-gdppr-modal",
            "--order",
            "grouped");
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out)
        .isEqualTo(
            HEADER
                // A twice, B once: the mode A, although B is more recent.
                + "9,A,White - British,RESOLVED,MOST_FREQUENT,,true,false,,false,A B,3\n"
                // C once, D once: more than one mode gives null.
                + "10,,,TIE,TIE_UNRESOLVED,,true,true,apc:C op:D,false,C D,2\n");
  }

  @Test
  void unsortedInputIsAnErrorAtTheLineThatBreaksTheOrderWithoutThePerson() throws IOException {
    Path extract = file("records.csv", NUMERIC_ORDER);
    CommandRun run = resolve(extract, "nhs-digital-gdppr-modal");
    // "10" sorts before "9" as text; line 5 is the first row of person 10.
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err)
        .contains(
            "error: "
                + extract
                + ": line 5: this row's person sorts before the previous row's (ids not shown);"
                + " --order sorted needs the rows sorted by the person column as text, character"
                + " by character (10 before 9): sort them so, or give --order grouped if each"
                + " person's rows are together in another order");
    assertThat(run.err.lines().filter(l -> l.startsWith("error:")).count()).isEqualTo(1);
  }

  @Test
  void aPersonWhoseRowsComeBackIsAnErrorWithOrderGrouped() throws IOException {
    Path extract =
        file(
            "records.csv",
            "person,source,date,ethnicity\n"
                + "b,apc,2020-01-01,A\n"
                + "a,apc,2020-01-01,B\n"
                + "b,op,2020-01-01,A\n");
    CommandRun run = resolve(extract, "nhs-digital-gdppr-recency", "--order", "grouped");
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err)
        .contains(
            "error: "
                + extract
                + ": line 4: this row's person had rows that ended earlier (ids not shown);"
                + " --order grouped needs each person's rows together: sort the rows by the"
                + " person column");
  }

  @Test
  void badDatesAreErrorsAtTheirLine() throws IOException {
    Path impossible =
        file(
            "impossible.csv",
            "person,source,date,ethnicity\n"
                + "secret-1,apc,2020-01-01,A\n"
                + "secret-1,apc,2021-02-30,B\n");
    CommandRun run = resolve(impossible, "nhs-digital-gdppr-recency");
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err)
        .contains(
            "error: "
                + impossible
                + ": line 3: column 'date': '2021-02-30' is not a date written yyyy-MM-dd,"
                + " yyyy-MM or yyyy; for dates written day/month/year give --date-format"
                + " dd/MM/yyyy")
        .doesNotContain("secret");
    Path month = file("month.csv", "person,source,date,ethnicity\n" + "secret-2,apc,2021-02,B\n");
    assertThat(resolve(month, "nhs-digital-gdppr-recency").err)
        .contains(
            "error: "
                + month
                + ": line 2: column 'date': '2021-02' is a month, not a day: write the day, as"
                + " yyyy-MM-dd");
  }

  @Test
  void ukDatesAreReadWithDateFormat() throws IOException {
    // 01/04/2021 (1 April) is later than 02/03/2021 (2 March): the later record, H, wins.
    Path extract =
        file(
            "uk.csv",
            "person,source,date,ethnicity\n"
                + "x,gp-patient,01/04/2021,H\n"
                + "x,gp-patient,02/03/2021,J\n");
    CommandRun run = resolve(extract, "nhs-digital-gdppr-recency", "--date-format", "dd/MM/yyyy");
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out)
        .isEqualTo(
            HEADER
                + "x,H,Asian or Asian British - Indian,RESOLVED,LATEST,,true,false,,false,H J,2\n");
  }

  @Test
  void anUnknownPresetIsAUsageErrorListingThePresets() throws IOException {
    Path extract = file("records.csv", "person,source,date,ethnicity\nx,apc,2020-01-01,A\n");
    CommandRun run = resolve(extract, "gdppr");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .contains(
            "error: no resolution preset 'gdppr'; presets: nhs-digital-gdppr-recency,"
                + " nhs-digital-gdppr-modal, opensafely-latest-primary-care,"
                + " opensafely-most-frequent-secondary-care, cvd-prevent-fill-if-missing,"
                + " bhf-dsc-sde-curate-ethnicity");
    assertThat(CommandRun.run("", "resolve", "--help").out)
        .contains("nhs-digital-gdppr-recency")
        .contains("cvd-prevent-fill-if-missing");
  }

  @Test
  void badOptionsAreUsageErrors() throws IOException {
    Path extract = file("records.csv", "person,source,date,ethnicity\nx,apc,2020-01-01,A\n");
    CommandRun order = resolve(extract, "nhs-digital-gdppr-recency", "--order", "random");
    assertThat(order.exitCode).isEqualTo(2);
    assertThat(order.err).contains("error: --order must be sorted or grouped, got 'random'");
    CommandRun text = resolve(extract, "nhs-digital-gdppr-recency", "--format", "text");
    assertThat(text.exitCode).isEqualTo(2);
    assertThat(text.err).contains("error: --format must be csv or json for resolve");
    CommandRun dateFormat =
        CommandRun.run(
            "",
            "resolve",
            "--input",
            extract.toString(),
            "--person-column",
            "person",
            "--source-column",
            "source",
            "--code-column",
            "ethnicity",
            "--preset",
            "nhs-digital-gdppr-recency",
            "--date-format",
            "dd/MM/yyyy");
    assertThat(dateFormat.exitCode).isEqualTo(2);
    assertThat(dateFormat.err)
        .contains("error: --date-format needs --date-column, the column it reads");
  }

  @Test
  void aBlankPersonOrAMissingColumnIsAnInputError() throws IOException {
    Path blank =
        file(
            "blank.csv",
            "person,source,date,ethnicity\n" + "secret-3,apc,2020-01-01,A\n" + " ,apc,,A\n");
    CommandRun run = resolve(blank, "nhs-digital-gdppr-recency");
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err)
        .contains(
            "error: " + blank + ": line 3: the person column is blank; every record needs a person")
        .doesNotContain("secret");
    Path noDate = file("nodate.csv", "person,source,ethnicity\nx,apc,A\n");
    CommandRun missing = resolve(noDate, "nhs-digital-gdppr-recency");
    assertThat(missing.exitCode).isEqualTo(1);
    assertThat(missing.err)
        .contains(
            "error: "
                + noDate
                + ": line 1: no column 'date'; the columns are 'person', 'source', 'ethnicity'");
  }

  @Test
  void writesToAFileWithOutputAndProtectsCellsFromFormulas() throws IOException {
    Path extract =
        // 154181004 (Chinese, 2001 census) is R in the OpenSAFELY codelist.
        file("records.csv", "person,source,date,ethnicity\n=1+1,gp-journal,2020-01-01,154181004\n");
    Path output = dir.resolve("persons.csv");
    CommandRun run =
        resolve(extract, "opensafely-latest-primary-care", "--output", output.toString());
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out).startsWith("Persons written to ");
    assertThat(Files.readString(output))
        .isEqualTo(
            HEADER
                + "'=1+1,R,Other Ethnic Groups - Chinese,RESOLVED,ONLY_KNOWN_CODE,,false,false,,false,R,1\n");
  }
}
