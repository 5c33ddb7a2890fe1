package org.equalitymonitoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the package rules of ARCHITECTURE.md true for the core module. */
@AnalyzeClasses(
    packages = "org.equalitymonitoring",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule packagesHaveNoCycles =
      slices().matching("org.equalitymonitoring.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule noUtilOrCommonPackages =
      noClasses().should().resideInAnyPackage("..util..", "..common..");

  @ArchTest
  static final ArchRule codingDependsOnNoOtherConcept =
      noClasses()
          .that()
          .resideInAPackage("org.equalitymonitoring.coding..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.equalitymonitoring.mapping..",
              "org.equalitymonitoring.io..",
              "org.equalitymonitoring.completeness..",
              "org.equalitymonitoring.impact..",
              "org.equalitymonitoring.stats..",
              "org.equalitymonitoring.disclosure..");

  @ArchTest
  static final ArchRule statsAndDisclosureStandAlone =
      noClasses()
          .that()
          .resideInAnyPackage(
              "org.equalitymonitoring.stats..", "org.equalitymonitoring.disclosure..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.equalitymonitoring.coding..",
              "org.equalitymonitoring.mapping..",
              "org.equalitymonitoring.io..");

  /** Each concept depends only on the concepts below it in ARCHITECTURE.md's data flow. */
  @ArchTest
  static final ArchRule conceptsDependOnlyOnWhatTheyBuildOn =
      com.tngtech.archunit.library.Architectures.layeredArchitecture()
          .consideringOnlyDependenciesInAnyPackage("org.equalitymonitoring..")
          .layer("coding")
          .definedBy("org.equalitymonitoring.coding..")
          .layer("mapping")
          .definedBy("org.equalitymonitoring.mapping..")
          .layer("resolution")
          .definedBy("org.equalitymonitoring.resolution..")
          .layer("stats")
          .definedBy("org.equalitymonitoring.stats..")
          .layer("disclosure")
          .definedBy("org.equalitymonitoring.disclosure..")
          .layer("completeness")
          .definedBy("org.equalitymonitoring.completeness..")
          .layer("rules")
          .definedBy("org.equalitymonitoring.rules..")
          .layer("population")
          .definedBy("org.equalitymonitoring.population..")
          .layer("impact")
          .definedBy("org.equalitymonitoring.impact..")
          .layer("monitoring")
          .definedBy("org.equalitymonitoring.monitoring..")
          .layer("agreement")
          .definedBy("org.equalitymonitoring.agreement..")
          .layer("io")
          .definedBy("org.equalitymonitoring.io..")
          .whereLayer("io")
          .mayNotBeAccessedByAnyLayer()
          // where the completeness and impact chains meet: the top of the domain, used by
          // embedders, the command line and its JSON writer only
          .whereLayer("monitoring")
          .mayOnlyBeAccessedByLayers("io")
          // agreement between two sources builds on stats and disclosure; io writes it as JSON
          .whereLayer("agreement")
          .mayOnlyBeAccessedByLayers("io")
          .whereLayer("rules")
          .mayOnlyBeAccessedByLayers("io")
          .whereLayer("impact")
          .mayOnlyBeAccessedByLayers("monitoring", "io")
          .whereLayer("population")
          .mayOnlyBeAccessedByLayers("monitoring", "io")
          .whereLayer("resolution")
          .mayOnlyBeAccessedByLayers("io")
          .whereLayer("completeness")
          .mayOnlyBeAccessedByLayers("rules", "monitoring", "io")
          .whereLayer("disclosure")
          .mayOnlyBeAccessedByLayers("impact", "agreement", "monitoring", "io")
          .whereLayer("stats")
          .mayOnlyBeAccessedByLayers(
              "completeness", "rules", "impact", "monitoring", "agreement", "io")
          .whereLayer("mapping")
          // resolution: presets translate GP journal concepts through a crosswalk before
          // resolving (ARCHITECTURE.md data flow: translate (crosswalk) -> resolve per person)
          .mayOnlyBeAccessedByLayers("population", "resolution", "monitoring", "io")
          .whereLayer("coding")
          .mayOnlyBeAccessedByLayers(
              "mapping", "resolution", "completeness", "rules", "population", "monitoring", "io");

  @ArchTest
  static final ArchRule coreUsesOnlyItsDeclaredLibraries =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "picocli..", "org.equalitymonitoring.schemes..", "org.equalitymonitoring.cli..");

  @ArchTest
  static final ArchRule libraryDoesNotPrint =
      noClasses()
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err");
}
