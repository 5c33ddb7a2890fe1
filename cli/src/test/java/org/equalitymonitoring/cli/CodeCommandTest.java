package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeCommandTest {
  private static final String LETTERS = "ABCDEFGHJKLMNPRS";

  @Test
  void writesOneCsvRowPerInputRowInOrder() {
    CommandRun run =
        CommandRun.run(
            "A\n z \n\u00A0\nWhite - Irish\nQ\n", "code", "--scheme", "nhs-ethnic-category-2001");
    assertThat(run.exitCode).isZero();
    assertThat(run.out.split("\n", -1))
        .containsExactly(
            "input,code,label,status,rule",
            "A,A,White - British,CODED,CODE",
            " z ,Z,Not stated,NOT_STATED,CODE_IGNORING_CASE_AND_SPACE",
            "\u00A0,,,MISSING,BLANK",
            "White - Irish,B,White - Irish,CODED,LABEL",
            "Q,,,UNRECOGNISED,NONE",
            "");
  }

  @Test
  void neutralisesInputThatASpreadsheetWouldRunAsAFormula() {
    // OWASP CSV injection: a cell starting with = + - @ tab or carriage return gets a leading '.
    CommandRun run =
        CommandRun.run(
            "=HYPERLINK(\"http://x\",\"y\")\n@SUM(1)\n+1\n-\n\tA\n",
            "code",
            "--scheme",
            "nhs-ethnic-category-2001");
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out.split("\n", -1))
        .containsExactly(
            "input,code,label,status,rule",
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",,,UNRECOGNISED,NONE",
            "'@SUM(1),,,UNRECOGNISED,NONE",
            "'+1,,,UNRECOGNISED,NONE",
            "'-,,,UNRECOGNISED,NONE",
            "'\tA,A,White - British,CODED,CODE_IGNORING_CASE_AND_SPACE",
            "");
  }

  @Test
  void translatesOneToManyAsOneRowPerTarget() throws IOException {
    CommandRun run =
        CommandRun.run(
            "S\nZ\n",
            "code",
            "--scheme",
            "nhs-ethnic-category-2001",
            "--to",
            "ons-census-2021-england-wales",
            "--format",
            "json");
    assertThat(run.exitCode).as(run.err).isZero();
    JsonNode rows = new ObjectMapper().readTree(run.out);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).get("input").asText()).isEqualTo("S");
    assertThat(rows.get(0).get("targetCode").asText()).isEqualTo("19");
    assertThat(rows.get(1).get("targetCode").asText()).isEqualTo("18");
    assertThat(rows.get(1).get("targetLabel").asText()).isEqualTo("Other ethnic group: Arab");
    assertThat(rows.get(2).get("status").asText()).isEqualTo("NOT_STATED");
    assertThat(rows.get(2).get("equivalence").asText()).isEqualTo("UNMATCHED");
    assertThat(rows.get(2).get("targetCode").isNull()).isTrue();
  }

  private static List<String[]> referenceRows(String file, String codeColumn, String groupColumn)
      throws IOException {
    List<String> lines = ReferenceFile.lines(file);
    String[] header = lines.get(0).replace("\uFEFF", "").strip().split(",");
    int code = List.of(header).indexOf(codeColumn);
    int group = List.of(header).indexOf(groupColumn);
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] fields = fields(line.strip());
      rows.add(new String[] {fields[code], fields[group]});
    }
    return rows;
  }

  /** Splits one CSV line, honouring double quotes (RFC 4180). */
  private static String[] fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields.toArray(new String[0]);
  }

  private static void assertEveryRowTranslates(
      String file, String codeColumn, String groupColumn, boolean numbered, String... args)
      throws IOException {
    List<String[]> rows = referenceRows(file, codeColumn, groupColumn);
    StringBuilder input = new StringBuilder();
    rows.forEach(row -> input.append(row[0]).append('\n'));
    CommandRun run = CommandRun.run(input.toString(), args);
    assertThat(run.exitCode).as(run.err).isZero();
    String[] lines = run.out.split("\n");
    assertThat(lines).hasSize(rows.size() + 1);
    for (int i = 0; i < rows.size(); i++) {
      String expected =
          numbered
              ? String.valueOf(LETTERS.charAt(Integer.parseInt(rows.get(i)[1]) - 1))
              : rows.get(i)[1];
      String[] fields = fields(lines[i + 1]);
      assertThat(fields[0]).isEqualTo(rows.get(i)[0]);
      assertThat(fields[5]).as(rows.get(i)[0]).isEqualTo(expected);
      assertThat(fields[3]).isIn("CODED", "NOT_STATED", "NOT_KNOWN");
    }
  }

  @Test
  void everyOpenSafelySnomedRowTranslatesToItsLetter() throws IOException {
    assertEveryRowTranslates(
        "snomed/opensafely-ethnicity-snomed-0removed_22911876.csv",
        "code",
        "Grouping_16",
        true,
        "code",
        "--scheme",
        "snomed-ct-ethnicity",
        "--to",
        "nhs-ethnic-category-2001",
        "--via",
        "opensafely-snomed-to-nhs-2001");
  }

  @Test
  void everyNhsDigitalSnomedRowTranslatesToItsLetter() throws IOException {
    assertEveryRowTranslates(
        "snomed/nhsd_gdppr_ethnicity_reference_data_snomed.csv",
        "ConceptId",
        "PrimaryCode",
        false,
        "code",
        "--scheme",
        "snomed-ct-ethnicity",
        "--to",
        "nhs-gdppr-ethnic-category");
  }

  @Test
  void asksForACrosswalkWhenPublishedSourcesDisagree() {
    CommandRun run =
        CommandRun.run(
            "92641000000107\n",
            "code",
            "--scheme",
            "snomed-ct-ethnicity",
            "--to",
            "nhs-ethnic-category-2001");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .contains(
            "choose one with --via: opensafely-snomed-to-nhs-2001, primis-snomed-to-nhs-2001");
  }

  @Test
  void translatesALocalSchemeThroughItsBase(@TempDir Path dir) throws IOException {
    Path local = dir.resolve("borough.json");
    Files.writeString(
        local,
        "{\"id\": \"borough\", \"extends\": \"nhs-ethnic-category-2001\", \"title\": \"t\","
            + " \"version\": \"1\", \"publisher\": \"p\", \"source\": \"s\", \"licence\": \"l\","
            + " \"categories\": [{\"code\": \"S9\", \"label\": \"Yemeni\", \"parent\": \"S\"}]}");
    assertTranslatesYemeniThroughTheBase(local);
  }

  /** Codes "yemeni" in a local scheme whose S9 Yemeni rolls up to S, and translates it. */
  private static void assertTranslatesYemeniThroughTheBase(Path local) {
    CommandRun run =
        CommandRun.run(
            "yemeni\n",
            "code",
            "--scheme",
            local.toString(),
            "--to",
            "ons-census-2021-england-wales");
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out)
        .contains("yemeni,S9,Yemeni,CODED,LABEL,19,Other ethnic group: Any other ethnic group,");
  }

  @Test
  void readsAFhirCodeSystemOfLocalCodesAsALocalScheme(@TempDir Path dir) throws IOException {
    Path local = dir.resolve("borough-codesystem.json");
    Files.writeString(
        local,
        "{\"resourceType\": \"CodeSystem\", \"id\": \"borough\","
            + " \"url\": \"https://example.org/CodeSystem/borough\", \"version\": \"1\","
            + " \"title\": \"t\", \"status\": \"active\", \"publisher\": \"p\","
            + " \"content\": \"complete\", \"concept\": [{\"code\": \"S9\", \"display\":"
            + " \"Yemeni\", \"property\": [{\"code\": \"parent\", \"valueCode\": \"S\"}]}]}");
    // As the same local code in the project's own scheme format (the test above).
    assertTranslatesYemeniThroughTheBase(local);
  }

  @Test
  void readsAFhirValueSetAsALocalSchemeOfTheSchemeItIncludes(@TempDir Path dir) throws IOException {
    Path england = dir.resolve("england-valueset.json");
    Files.writeString(england, valueSet("UKCore-EthnicCategoryEngland", "L1", "Filipino"));
    CommandRun run = CommandRun.run("filipino\nL\n", "code", "--scheme", england.toString());
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out).contains("filipino,L1,Filipino,CODED,LABEL").contains("L,L,");
    // A ValueSet gives its local codes no parent but their first character, which is a national
    // code only in England's scheme: one that includes Wales's is read against Wales's, and fails.
    Path wales = dir.resolve("wales-valueset.json");
    Files.writeString(wales, valueSet("UKCore-EthnicCategoryWales", "T1", "Yemeni"));
    CommandRun inWales = CommandRun.run("T1\n", "code", "--scheme", wales.toString());
    assertThat(inWales.exitCode).isEqualTo(1);
    assertThat(inWales.err)
        .contains("local code 'T1' must roll up to a code of 'ukcore-ethnic-category-wales'");
  }

  /** A ValueSet that includes a UK Core code system and one local code. */
  private static String valueSet(String ukCoreSystem, String code, String display) {
    return "{\"resourceType\": \"ValueSet\", \"id\": \"local\","
        + " \"url\": \"https://example.org/ValueSet/local\", \"version\": \"1\","
        + " \"title\": \"t\", \"status\": \"draft\", \"publisher\": \"p\","
        + " \"compose\": {\"include\": [{\"system\": \"https://fhir.hl7.org.uk/CodeSystem/"
        + ukCoreSystem
        + "\"}, {\"system\": \"https://example.org/CodeSystem/local\", \"concept\":"
        + " [{\"code\": \""
        + code
        + "\", \"display\": \""
        + display
        + "\"}]}]}}";
  }

  @Test
  void rejectsAFhirResourceThatIsNotAScheme(@TempDir Path dir) throws IOException {
    Path patient = dir.resolve("patient.json");
    Files.writeString(patient, "{\"resourceType\": \"Patient\", \"id\": \"p1\"}");
    CommandRun run = CommandRun.run("S\n", "code", "--scheme", patient.toString());
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err)
        .contains("is a FHIR Patient, not a scheme: give a CodeSystem or a ValueSet");
  }

  @Test
  void reportsABadLocalSchemeWithLocations(@TempDir Path dir) throws IOException {
    Path local = dir.resolve("bad.json");
    Files.writeString(
        local,
        "{\"id\": \"borough\", \"extends\": \"nhs-ethnic-category-2001\", \"title\": \"t\","
            + " \"version\": \"1\", \"publisher\": \"p\", \"source\": \"s\", \"licence\": \"l\",\n"
            + " \"categories\": [{\"code\": \"S9\", \"label\": \"Yemeni\", \"parent\": \"Q\"}]}");
    CommandRun run = CommandRun.run("S\n", "code", "--scheme", local.toString());
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err)
        .contains("line 2, column 61, categories[0].parent: unknown parent code 'Q' of code 'S9'");
    assertThat(run.out).isEmpty();
  }

  @Test
  void reportsUsageErrorsWithExitCode2() {
    CommandRun unknown = CommandRun.run("", "code", "--scheme", "nhs");
    assertThat(unknown.exitCode).isEqualTo(2);
    assertThat(unknown.err).contains("unknown scheme 'nhs'; valid ids: nhs-ethnic-category-2001");
    CommandRun missing = CommandRun.run("", "code");
    assertThat(missing.exitCode).isEqualTo(2);
    assertThat(missing.err).contains("Missing required option: '--scheme=ID|FILE'");
    CommandRun noCrosswalk =
        CommandRun.run("", "code", "--scheme", "us-omb-1997", "--to", "nz-ethnicity");
    assertThat(noCrosswalk.exitCode).isEqualTo(2);
    assertThat(noCrosswalk.err)
        .contains("no bundled crosswalk from 'us-omb-1997' to 'nz-ethnicity'");
  }

  @Test
  void reportsAMissingInputFileWithExitCode1() {
    CommandRun run =
        CommandRun.run(
            "", "code", "--scheme", "nhs-ethnic-category-2001", "--input", "/no/such/file.txt");
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).contains("input file not found: /no/such/file.txt");
  }
}
