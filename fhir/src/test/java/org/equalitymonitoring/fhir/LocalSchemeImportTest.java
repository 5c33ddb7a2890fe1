package org.equalitymonitoring.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.equalitymonitoring.coding.CategoryKind;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.coding.SchemeStatus;
import org.equalitymonitoring.io.JsonFormatException;
import org.equalitymonitoring.schemes.BundledSchemes;
import org.equalitymonitoring.schemes.SchemeId;
import org.junit.jupiter.api.Test;

class LocalSchemeImportTest {
  private static final BundledSchemes BUNDLED = BundledSchemes.get();
  private static final Scheme ENGLAND = BUNDLED.requireScheme(SchemeId.NHS_ETHNIC_CATEGORY_2001);

  @Test
  void readsACodeSystemThatExtendsUkCoreEngland() {
    Scheme local = read("regional-codesystem.json");

    assertThat(local.id()).isEqualTo("example-icr-ethnicity");
    assertThat(local.base()).contains(ENGLAND);
    assertThat(local.info().system())
        .contains("https://terminology.example.org/fhir/CodeSystem/example-icr-ethnicity");
    assertThat(local.info().version()).isEqualTo("2");
    assertThat(local.info().licence()).isEqualTo("Open Government Licence v3");
    // The file: C1 names parent C; C1A is nested in C1; N1 names subsumedBy N; L1 and S9 state no
    // parent, so their first character (L, S) is the national code (NHS DD an2 rule).
    assertThat(localCodesAndParents(local))
        .containsExactly("C1<C", "C1A<C1", "N1<N", "L1<L", "S9<S");
    assertThat(local.rollUpToBase(local.requireCategory("C1A")).code()).isEqualTo("C");
    assertThat(local.requireCategory("N1").alternativeLabels()).containsExactly("Somalian");
    assertThat(local.requireCategory("S9").kind()).isEqualTo(CategoryKind.OTHER);
    assertThat(local.requireCategory("L1").kind()).isEqualTo(CategoryKind.SUBSTANTIVE);
  }

  @Test
  void readsAValueSetThatIncludesUkCoreEnglandAndLocalCodes() {
    Scheme local = read("regional-valueset.json");

    assertThat(local.id()).isEqualTo("example-icr-valueset");
    assertThat(local.info().status()).isEqualTo(SchemeStatus.DRAFT);
    assertThat(local.info().system())
        .contains("https://terminology.example.org/fhir/CodeSystem/example-icr-ethnicity");
    assertThat(localCodesAndParents(local)).containsExactly("C1<C", "L1<L");
    assertThat(local.info().licence()).isEqualTo("not stated in the FHIR resource");
  }

  /** Every problem of the file, with its line and column as an editor shows them. */
  @Test
  void reportsEveryProblemWithItsLocation() {
    assertThatThrownBy(() -> read("broken-codesystem.json"))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "broken-codesystem.json: 4 problems\n"
                + "  line 11, column 90, concept[0].property[0].valueCode: unknown parent code 'Q'"
                + " of code 'C1'\n"
                + "  line 13, column 15, concept[2].code: duplicate code 'L1'\n"
                + "  line 14, column 5, concept[3]: local code 'XY' must roll up to a code of"
                + " 'nhs-ethnic-category-2001'\n"
                + "  line 15, column 5, concept[4]: missing required field 'display'");
  }

  @Test
  void reportsMissingMetadata() {
    String json =
        "{\"resourceType\": \"CodeSystem\", \"id\": \"x\", \"status\": \"active\",\n"
            + " \"content\": \"complete\", \"concept\": [{\"code\": \"C1\", \"display\": \"T\"}]}";

    assertThatThrownBy(() -> read(json, "inline.json"))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "inline.json: 4 problems\n"
                + "  line 1, column 1, (document): missing required field 'version'\n"
                + "  line 1, column 1, (document): missing required field 'publisher'\n"
                + "  line 1, column 1, (document): missing required field 'title' (or 'name')\n"
                + "  line 1, column 1, (document): missing required field 'url'");
  }

  @Test
  void aValueSetMustIncludeTheBaseSystem() {
    assertThatThrownBy(() -> read("unrelated-valueset.json"))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "unrelated-valueset.json: 1 problem\n"
                + "  line 9, column 14, compose: the value set does not include"
                + " 'https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland', so it does"
                + " not extend 'nhs-ethnic-category-2001'");
  }

  @Test
  void anotherResourceTypeIsRejected() {
    assertThatThrownBy(() -> read("{\"resourceType\": \"Patient\"}", "patient.json"))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "patient.json: 1 problem\n"
                + "  line 1, column 18, resourceType: expected a CodeSystem or ValueSet, got"
                + " 'Patient'");
  }

  @Test
  void malformedJsonIsRejectedWithItsLocation() {
    assertThatThrownBy(() -> read("{\n \"resourceType\": }", "bad.json"))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageStartingWith("bad.json: 1 problem\n  line 2, column ")
        .hasMessageContaining("(document): malformed JSON: ");
  }

  @Test
  void anExportedLocalSchemeReadsBack() {
    Scheme example = BUNDLED.requireScheme(SchemeId.EXAMPLE_LONDON_BOROUGH);
    StringWriter json = new StringWriter();
    FhirJson.write(TerminologyExport.standard().codeSystem(example), json);

    Scheme local = read(json.toString(), "exported.json");

    assertThat(local.categories()).isEqualTo(example.categories());
    assertThat(local.info().caseSensitive()).isFalse();
  }

  private static List<String> localCodesAndParents(Scheme scheme) {
    return scheme.categories().stream()
        .filter(scheme::isLocal)
        .map(c -> c.code() + "<" + c.parentCode().orElse(""))
        .collect(Collectors.toList());
  }

  private static Scheme read(String resource) {
    InputStream in = LocalSchemeImportTest.class.getResourceAsStream("/import/" + resource);
    return LocalSchemeImport.read(in, resource, ENGLAND);
  }

  private static Scheme read(String json, String source) {
    return LocalSchemeImport.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source, ENGLAND);
  }
}
