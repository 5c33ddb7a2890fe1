package org.equalitymonitoring.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.stream.Collectors;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.mapping.Crosswalk;
import org.equalitymonitoring.population.ReferencePopulation;
import org.junit.jupiter.api.Test;

/**
 * Data indexes of other jars: the test resources {@code extension/} and {@code
 * extension-duplicate/} are each the root of a jar-like folder with its own {@code
 * META-INF/equality-monitoring/} indexes, put on the class path by a {@link URLClassLoader} so that
 * {@link BundledSchemes#get()} of the other tests stays as shipped.
 */
class DataIndexTest {
  private static URL root(String folder) {
    URL url = DataIndexTest.class.getResource("/" + folder + "/");
    assertThat(url).as(folder).isNotNull();
    return url;
  }

  /** The class-path root of the project's own classes and resources. */
  private static URL ownRoot() {
    return BundledSchemes.class.getProtectionDomain().getCodeSource().getLocation();
  }

  private static URLClassLoader withExtension(String folder) {
    return new URLClassLoader(new URL[] {root(folder)}, BundledSchemes.class.getClassLoader());
  }

  private static List<String> ids(List<Scheme> schemes) {
    return schemes.stream().map(Scheme::id).collect(Collectors.toList());
  }

  @Test
  void anotherJarAddsASchemeAndACrosswalkAfterTheBundledOnes() throws Exception {
    try (URLClassLoader loader = withExtension("extension")) {
      BundledSchemes loaded = BundledSchemes.load(loader);
      Scheme borough = loaded.requireScheme("test-borough");
      assertThat(borough.base().map(Scheme::id)).contains("nhs-ethnic-category-2001");
      assertThat(borough.requireCategory("N1").label()).isEqualTo("Somali");
      List<String> shipped = ids(BundledSchemes.get().schemes());
      assertThat(ids(loaded.schemes()))
          .hasSize(shipped.size() + 1)
          .startsWith(shipped.toArray(String[]::new))
          .endsWith("test-borough");
      // listed with an absolute path: found at the root of the extension's folder
      Crosswalk crosswalk = loaded.requireCrosswalk("test-borough-to-nhs-2001");
      assertThat(loaded.crosswalks("test-borough", "nhs-ethnic-category-2001"))
          .containsExactly(crosswalk);
      assertThat(crosswalk.translate("N1").targetCodes()).containsExactly("N");
      assertThat(loaded.crosswalks()).hasSize(BundledSchemes.get().crosswalks().size() + 1);
    }
    assertThat(BundledSchemes.get().scheme("test-borough")).isEmpty();
  }

  @Test
  void anotherJarAddsAPopulation() throws Exception {
    try (URLClassLoader loader = withExtension("extension")) {
      BundledPopulations loaded = BundledPopulations.load(loader, BundledSchemes.load(loader));
      ReferencePopulation population = loaded.requirePopulation("test-borough-population");
      assertThat(population.schemeId()).isEqualTo("test-borough");
      // the fixture's three rows: 120 + 30 + 850 = 1000
      assertThat(population.total("Test borough")).isEqualTo(1000);
      assertThat(loaded.requirePopulation("census-2021").total("England")).isEqualTo(56_490_039);
    }
  }

  @Test
  void theProjectsOwnIndexComesFirstWhereverItIsOnTheClassPath() throws Exception {
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {root("extension"), ownRoot()}, null)) {
      // the own index is listed first although the extension precedes it on this class path
      BundledSchemes loaded = BundledSchemes.load(loader);
      assertThat(ids(loaded.schemes()))
          .startsWith("nhs-ethnic-category-2001")
          .last()
          .isEqualTo("test-borough");
    }
  }

  @Test
  void aDuplicateIdIsRejectedNamingBothIndexes() throws Exception {
    try (URLClassLoader loader = withExtension("extension-duplicate")) {
      assertThatThrownBy(() -> BundledSchemes.load(loader))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("duplicate scheme id 'nhs-ethnic-category-2001': in data index ")
          .hasMessageContaining(ownRoot() + "META-INF/equality-monitoring/index.json and ")
          .hasMessageEndingWith(
              root("extension-duplicate") + "META-INF/equality-monitoring/index.json");
    }
  }

  @Test
  void aClassPathWithoutAnIndexIsAPackagingError() throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[0], null)) {
      assertThatThrownBy(() -> BundledSchemes.load(loader))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("no data index META-INF/equality-monitoring/index.json on the class path");
    }
  }
}
