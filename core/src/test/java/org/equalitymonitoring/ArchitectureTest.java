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
