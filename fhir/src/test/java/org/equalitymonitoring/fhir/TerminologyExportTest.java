package org.equalitymonitoring.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.mapping.CrosswalkRow;
import org.equalitymonitoring.mapping.Equivalence;
import org.equalitymonitoring.schemes.BundledSchemes;
import org.equalitymonitoring.schemes.CrosswalkId;
import org.equalitymonitoring.schemes.SchemeId;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.ConceptMap.ConceptMapGroupComponent;
import org.hl7.fhir.r4.model.ConceptMap.SourceElementComponent;
import org.hl7.fhir.r4.model.ConceptMap.TargetElementComponent;
import org.hl7.fhir.r4.model.Enumerations.ConceptMapEquivalence;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerminologyExportTest {
  private static final BundledSchemes BUNDLED = BundledSchemes.get();
  private static final TerminologyExport EXPORT = TerminologyExport.standard();

  @Test
  void englandSchemeExportsUnderTheUkCoreUrlAsTheHandWrittenCodeSystem() {
    CodeSystem system = EXPORT.codeSystem(BUNDLED.requireScheme(SchemeId.NHS_ETHNIC_CATEGORY_2001));

    JsonSubset.assertHolds(system, "/expected/CodeSystem-nhs-ethnic-category-2001.json");
  }

  /**
   * The UK Core code systems as HL7 UK publishes them (reference/ukcore, NHSDigital/FHIR-R4-UKCORE-
   * STAGING-MAIN@3d2827e3): an export under the official URL holds exactly the published codes and
   * displays, in the published order, and none of the project's grouping headings.
   */
  @ParameterizedTest
  @CsvSource({
    "nhs-ethnic-category-2001, CodeSystem-UKCore-EthnicCategoryEngland.xml",
    "ukcore-ethnic-category-wales, CodeSystem-UKCore-EthnicCategoryWales.xml",
    "ukcore-ethnic-category-scotland, CodeSystem-UKCore-EthnicCategoryScotland.xml",
    "nhs-ethnic-category-extended, CodeSystem-UKCore-EthnicCategory.xml"
  })
  void ukCoreExportsHoldThePublishedCodes(String schemeId, String published) {
    CodeSystem expected = publishedCodeSystem(published);
    CodeSystem actual = EXPORT.codeSystem(BUNDLED.requireScheme(schemeId));

    assertThat(actual.getUrl()).isEqualTo(expected.getUrl());
    assertThat(actual.getStatus()).isEqualTo(expected.getStatus());
    assertThat(codes(actual.getConcept())).isEqualTo(codes(expected.getConcept()));
    assertThat(actual.getContent()).isEqualTo(CodeSystem.CodeSystemContentMode.COMPLETE);
    assertThat(actual.getCount()).isEqualTo(expected.getConcept().size());
  }

  @Test
  void aCodelistOfALargerSystemIsAFragment() {
    CodeSystem snomed = EXPORT.codeSystem(BUNDLED.requireScheme(SchemeId.SNOMED_CT_ETHNICITY));

    assertThat(snomed.getUrl()).isEqualTo("http://snomed.info/sct");
    assertThat(snomed.getContent()).isEqualTo(CodeSystem.CodeSystemContentMode.FRAGMENT);
    assertThat(snomed.hasCount()).isFalse();
    // A fragment's value set lists its codes one by one: every concept of the codelist.
    Scheme scheme = BUNDLED.requireScheme(SchemeId.SNOMED_CT_ETHNICITY);
    ValueSet valueSet = EXPORT.valueSet(scheme);
    assertThat(valueSet.getCompose().getInclude()).hasSize(1);
    assertThat(valueSet.getCompose().getIncludeFirstRep().getConcept())
        .hasSize(scheme.categories().size());
  }

  @Test
  void aSchemeWithoutPublishedSystemKeepsItsHeadingsUnderTheProjectUrl() {
    CodeSystem census =
        EXPORT.codeSystem(BUNDLED.requireScheme(SchemeId.ONS_CENSUS_2021_ENGLAND_WALES));

    assertThat(census.getUrl())
        .isEqualTo("https://equalitymonitoring.org/fhir/CodeSystem/ons-census-2021-england-wales");
    // SCHEMES.md §3.1: the five 2021 headings, each with its categories nested below it.
    assertThat(census.getConcept()).extracting(c -> c.getCode()).contains("White", "Asian");
    ConceptDefinitionComponent white = find(census.getConcept(), "White");
    assertThat(codes(white.getConcept()).keySet()).containsExactly("13", "14", "15", "16", "17");
    assertThat(white.getProperty())
        .anySatisfy(
            p -> {
              assertThat(p.getCode()).isEqualTo("notSelectable");
              assertThat(p.getValueBooleanType().booleanValue()).isTrue();
            });
    assertThat(census.getHierarchyMeaning()).isEqualTo(CodeSystem.CodeSystemHierarchyMeaning.ISA);
  }

  @Test
  void crosswalkExportsAsTheHandWrittenConceptMap() {
    ConceptMap map =
        EXPORT.conceptMap(
            BUNDLED.requireCrosswalk(CrosswalkId.CENSUS_2021_TO_NHS_2001),
            BUNDLED.requireScheme(SchemeId.ONS_CENSUS_2021_ENGLAND_WALES),
            BUNDLED.requireScheme(SchemeId.NHS_ETHNIC_CATEGORY_2001));

    JsonSubset.assertHolds(map, "/expected/ConceptMap-census-2021-to-nhs-2001.json");
  }

  @ParameterizedTest
  @CsvSource({
    "EQUIVALENT, equivalent",
    "BROADER, wider",
    "NARROWER, narrower",
    "INEXACT, inexact",
    "UNMATCHED, unmatched"
  })
  void equivalencesMapToR4Codes(Equivalence equivalence, String r4) {
    CrosswalkRow row =
        equivalence == Equivalence.UNMATCHED
            ? CrosswalkRow.unmatched("x", Optional.empty())
            : CrosswalkRow.of("x", "y", equivalence, Optional.empty());

    assertThat(TerminologyExport.equivalence(row).toCode()).isEqualTo(r4);
  }

  @Test
  void localSchemeExportsItsOwnCodesAndARollUpMap() {
    Scheme local = BUNDLED.requireScheme(SchemeId.EXAMPLE_LONDON_BOROUGH);

    JsonSubset.assertHolds(
        EXPORT.codeSystem(local), "/expected/CodeSystem-example-london-borough.json");
    JsonSubset.assertHolds(
        EXPORT.rollUp(local).orElseThrow(),
        "/expected/ConceptMap-example-london-borough-to-nhs-ethnic-category-2001.json");
  }

  @Test
  void localValueSetIncludesTheNationalAndTheLocalSystem() {
    ValueSet valueSet = EXPORT.valueSet(BUNDLED.requireScheme(SchemeId.EXAMPLE_LONDON_BOROUGH));

    assertThat(valueSet.getCompose().getInclude())
        .extracting(include -> include.getSystem())
        .containsExactly(
            UkCore.ENGLAND_SYSTEM,
            "https://equalitymonitoring.org/fhir/CodeSystem/example-london-borough");
    assertThat(valueSet.getCompose().getInclude())
        .allSatisfy(i -> assertThat(i.hasConcept()).isFalse());
  }

  @Test
  void aSchemeThatExtendsNothingHasNoRollUp() {
    assertThat(EXPORT.rollUp(BUNDLED.requireScheme(SchemeId.NHS_ETHNIC_CATEGORY_2001))).isEmpty();
  }

  @Test
  void everyExportedResourceIsValidR4() {
    List<MetadataResource> resources = EXPORT.export(BUNDLED);
    // 13 schemes and 1 example: a CodeSystem and a ValueSet each; the example's roll-up; 9
    // crosswalks (coding-schemes' index.json).
    assertThat(resources).hasSize(2 * 13 + 2 + 1 + 9);
    for (MetadataResource resource : resources) {
      assertThat(R4Validation.errors(resource)).as(resource.getId()).isEmpty();
    }
  }

  /** csd-1: within a code system definition, all the codes SHALL be unique. */
  @Test
  void everyExportedCodeSystemHasUniqueCodes() {
    for (CodeSystem system : codeSystems()) {
      List<String> all = new ArrayList<>();
      collect(system.getConcept(), all);
      assertThat(new HashSet<>(all)).as(system.getId()).hasSize(all.size());
    }
  }

  /**
   * cmd-1: a narrower or inexact target SHALL have a comment; and every code a map names is a code
   * of the exported code system with that URL, so that a terminology server can resolve it.
   */
  @Test
  void everyConceptMapTargetIsCommentedAsR4RequiresAndNamesExportedCodes() {
    Map<String, Set<String>> codesByUrl = new HashMap<>();
    for (CodeSystem system : codeSystems()) {
      List<String> all = new ArrayList<>();
      collect(system.getConcept(), all);
      codesByUrl.put(system.getUrl(), new HashSet<>(all));
    }
    for (MetadataResource resource : EXPORT.export(BUNDLED)) {
      if (!(resource instanceof ConceptMap)) {
        continue;
      }
      for (ConceptMapGroupComponent group : ((ConceptMap) resource).getGroup()) {
        for (SourceElementComponent element : group.getElement()) {
          assertThat(codesByUrl.get(group.getSource()))
              .as(resource.getId())
              .contains(element.getCode());
          for (TargetElementComponent target : element.getTarget()) {
            if (target.getEquivalence() == ConceptMapEquivalence.NARROWER
                || target.getEquivalence() == ConceptMapEquivalence.INEXACT) {
              assertThat(target.hasComment())
                  .as(resource.getId() + " " + element.getCode())
                  .isTrue();
            }
            if (target.getEquivalence() == ConceptMapEquivalence.UNMATCHED) {
              assertThat(target.hasCode()).isFalse();
            } else {
              assertThat(codesByUrl.get(group.getTarget()))
                  .as(resource.getId())
                  .contains(target.getCode());
            }
          }
        }
      }
    }
  }

  @Test
  void theValidatorRejectsACodeSystemWithoutStatusOrContent() {
    CodeSystem broken = new CodeSystem();
    broken.setUrl("https://example.org/broken");

    // R4 CodeSystem.status and CodeSystem.content are 1..1.
    assertThat(R4Validation.errors(broken)).hasSizeGreaterThanOrEqualTo(1);
  }

  @Test
  void anotherBaseChangesTheProjectUrlsOnly() {
    TerminologyExport regional =
        TerminologyExport.withBase("https://terminology.example.nhs.uk/fhir");
    Scheme census = BUNDLED.requireScheme(SchemeId.ONS_CENSUS_2021_ENGLAND_WALES);

    assertThat(regional.codeSystemUrl(census))
        .isEqualTo(
            "https://terminology.example.nhs.uk/fhir/CodeSystem/ons-census-2021-england-wales");
    assertThat(regional.codeSystemUrl(BUNDLED.requireScheme(SchemeId.NHS_ETHNIC_CATEGORY_2001)))
        .isEqualTo(UkCore.ENGLAND_SYSTEM);
  }

  @ParameterizedTest
  @CsvSource({"ftp://example.org", "https://example.org/", "https://exa mple.org"})
  void aBaseMustBeAnHttpUrlWithoutTrailingSlash(String base) {
    assertThatThrownBy(() -> TerminologyExport.withBase(base))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("base must be an http(s) URL without a trailing slash, got '" + base + "'");
  }

  @Test
  void computableNamesStartWithAnUpperCaseLetter() {
    assertThat(TerminologyExport.computableName("nhs-ethnic-category-2001"))
        .isEqualTo("NhsEthnicCategory2001");
    assertThat(TerminologyExport.computableName("2001-list")).isEqualTo("X2001List");
  }

  private static List<CodeSystem> codeSystems() {
    List<CodeSystem> systems = new ArrayList<>();
    for (MetadataResource resource : EXPORT.export(BUNDLED)) {
      if (resource instanceof CodeSystem) {
        systems.add((CodeSystem) resource);
      }
    }
    return systems;
  }

  private static void collect(List<ConceptDefinitionComponent> concepts, List<String> into) {
    for (ConceptDefinitionComponent concept : concepts) {
      into.add(concept.getCode());
      collect(concept.getConcept(), into);
    }
  }

  /** Code to display of a list of concepts and their descendants, in document order. */
  private static Map<String, String> codes(List<ConceptDefinitionComponent> concepts) {
    Map<String, String> result = new LinkedHashMap<>();
    for (ConceptDefinitionComponent concept : concepts) {
      result.put(concept.getCode(), concept.getDisplay());
      result.putAll(codes(concept.getConcept()));
    }
    return result;
  }

  private static ConceptDefinitionComponent find(
      List<ConceptDefinitionComponent> concepts, String code) {
    return concepts.stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
  }

  private static CodeSystem publishedCodeSystem(String file) {
    try (InputStream in =
        TerminologyExportTest.class.getResourceAsStream("/reference/ukcore/" + file)) {
      return FhirJson.context().newXmlParser().parseResource(CodeSystem.class, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
