package org.equalitymonitoring.schemes;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.coding.UnknownCodeException;
import org.equalitymonitoring.io.CrosswalkJson;
import org.equalitymonitoring.io.SchemeJson;
import org.equalitymonitoring.mapping.Crosswalk;

/**
 * The bundled schemes, crosswalks, example local schemes and synonyms, loaded once from the data
 * indexes of this jar and of any other jar on the class path ({@link #load(ClassLoader)}).
 *
 * <p>Look-ups by id return {@link Optional}; the {@code require} forms throw {@link
 * UnknownIdException} naming the valid ids. Instances are immutable and thread-safe.
 */
public final class BundledSchemes {
  private final ImmutableMap<String, Scheme> schemes;
  private final ImmutableMap<String, Crosswalk> crosswalks;
  private final ImmutableMap<String, Scheme> examples;
  private final ImmutableMap<String, ImmutableMap<String, String>> synonyms;
  private final ImmutableMap<String, ImmutableSet<String>> broadGroupTerms;

  private BundledSchemes(
      Map<String, Scheme> schemes,
      Map<String, Crosswalk> crosswalks,
      Map<String, Scheme> examples,
      Map<String, ImmutableMap<String, String>> synonyms,
      Map<String, ImmutableSet<String>> broadGroupTerms) {
    this.schemes = ImmutableMap.copyOf(schemes);
    this.crosswalks = ImmutableMap.copyOf(crosswalks);
    this.examples = ImmutableMap.copyOf(examples);
    this.synonyms = ImmutableMap.copyOf(synonyms);
    this.broadGroupTerms = ImmutableMap.copyOf(broadGroupTerms);
  }

  /**
   * Returns the bundled data, loading it on first use from every data index on the class path of
   * this class ({@link #load(ClassLoader)}).
   *
   * @return the shared instance
   * @throws IllegalStateException if a bundled resource is missing or invalid, or two indexes give
   *     the same id (a packaging error)
   */
  public static BundledSchemes get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final BundledSchemes INSTANCE = load(BundledSchemes.class.getClassLoader());
  }

  /**
   * Loads the data of every index {@code META-INF/equality-monitoring/index.json} that a class
   * loader sees: this project's own first, then those of other jars in class-path order, so that
   * other jars add schemes, crosswalks, example local schemes and synonyms (README, "Adding your
   * own data"). An index lists resource paths, absolute on the class path or relative to the index,
   * under {@code schemes}, {@code crosswalks}, {@code examples} and {@code synonyms}; each list is
   * optional. All schemes are read before any crosswalk, so a crosswalk may use a scheme of any
   * index; a scheme may extend one of an earlier index.
   *
   * @param loader the class loader whose class path is searched, not null
   * @return a new instance
   * @throws IllegalStateException if there is no index, a listed resource is missing or invalid, or
   *     two entries give the same scheme (or example), crosswalk or synonyms id; the message names
   *     both indexes
   */
  public static BundledSchemes load(ClassLoader loader) {
    List<DataIndex> indexes = DataIndex.findAll(requireNonNull(loader, "loader"), "index.json");
    Map<String, Scheme> schemes = new LinkedHashMap<>();
    Map<String, String> schemeSources = new LinkedHashMap<>();
    for (DataIndex index : indexes) {
      for (String path : index.paths("schemes")) {
        Scheme scheme = readScheme(index, path, schemes::get);
        index.put("scheme", scheme.id(), scheme, schemes, schemeSources);
      }
    }
    Map<String, Crosswalk> crosswalks = new LinkedHashMap<>();
    Map<String, String> crosswalkSources = new LinkedHashMap<>();
    for (DataIndex index : indexes) {
      for (String path : index.paths("crosswalks")) {
        Crosswalk crosswalk;
        try (InputStream in = index.open(path)) {
          crosswalk =
              CrosswalkJson.read(
                  in, index.name(path), other -> Optional.ofNullable(schemes.get(other)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        index.put("crosswalk", crosswalk.id(), crosswalk, crosswalks, crosswalkSources);
      }
    }
    Map<String, Scheme> examples = new LinkedHashMap<>();
    for (DataIndex index : indexes) {
      for (String path : index.paths("examples")) {
        Scheme scheme = readScheme(index, path, schemes::get);
        index.put("scheme", scheme.id(), scheme, examples, schemeSources);
      }
    }
    Map<String, ImmutableMap<String, String>> synonyms = new LinkedHashMap<>();
    Map<String, ImmutableSet<String>> broadGroupTerms = new LinkedHashMap<>();
    Map<String, String> synonymSources = new LinkedHashMap<>();
    for (DataIndex index : indexes) {
      for (String path : index.paths("synonyms")) {
        readSynonyms(index, path, schemes, synonyms, broadGroupTerms, synonymSources);
      }
    }
    return new BundledSchemes(schemes, crosswalks, examples, synonyms, broadGroupTerms);
  }

  /**
   * Reads a synonyms file, checking it against the scheme it names, into the synonyms and
   * broad-group terms of that scheme.
   */
  private static void readSynonyms(
      DataIndex index,
      String path,
      Map<String, Scheme> schemes,
      Map<String, ImmutableMap<String, String>> synonymsById,
      Map<String, ImmutableSet<String>> broadGroupTermsById,
      Map<String, String> sources) {
    String where = "bundled resource " + index.name(path);
    JsonNode file;
    try (InputStream in = index.open(path)) {
      file = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(where + " is not JSON", e);
    }
    String id = file == null ? null : file.path("scheme").asText(null);
    if (id == null) {
      throw new IllegalStateException(where + " does not name its scheme");
    }
    Scheme scheme = schemes.get(id);
    if (scheme == null) {
      throw new IllegalStateException(
          where + " is for '" + id + "', which is not a bundled scheme");
    }
    JsonNode entries = file.path("synonyms");
    if (!entries.isArray()) {
      throw new IllegalStateException(where + " has no synonyms array");
    }
    Map<String, String> result = new LinkedHashMap<>();
    for (JsonNode entry : entries) {
      JsonNode text = entry.path("text");
      JsonNode code = entry.path("code");
      if (!text.isTextual() || !code.isTextual()) {
        throw new IllegalStateException(where + " has an entry without text or code: " + entry);
      }
      if (result.putIfAbsent(text.asText(), code.asText()) != null) {
        throw new IllegalStateException(where + " lists '" + text.asText() + "' twice");
      }
    }
    JsonNode broadGroups = file.path("broadGroups");
    if (!broadGroups.isArray()) {
      throw new IllegalStateException(where + " has no broadGroups array");
    }
    Set<String> terms = new LinkedHashSet<>();
    for (JsonNode entry : broadGroups) {
      JsonNode text = entry.path("text");
      if (!text.isTextual() || result.containsKey(text.asText()) || !terms.add(text.asText())) {
        throw new IllegalStateException(
            where + " has a broad group without text or listed twice: " + entry);
      }
    }
    try {
      Recogniser.withSynonyms(scheme, result, terms);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + ": " + e.getMessage(), e);
    }
    index.put("synonyms", id, ImmutableMap.copyOf(result), synonymsById, sources);
    broadGroupTermsById.put(id, ImmutableSet.copyOf(terms));
  }

  private static Scheme readScheme(DataIndex index, String path, Function<String, Scheme> schemes) {
    try (InputStream in = index.open(path)) {
      return SchemeJson.read(
          in, index.name(path), other -> Optional.ofNullable(schemes.apply(other)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the bundled schemes in index order. */
  public List<Scheme> schemes() {
    return schemes.values().asList();
  }

  /**
   * Returns a bundled scheme or example local scheme.
   *
   * @param id the scheme id, such as {@code nhs-ethnic-category-2001}
   * @return the scheme, or empty if none has that id
   */
  public Optional<Scheme> scheme(String id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(schemes.getOrDefault(id, examples.get(id)));
  }

  /**
   * Returns a bundled scheme or example local scheme.
   *
   * @param id the scheme id
   * @return the scheme
   * @throws UnknownIdException if none has that id; the message lists the valid ids
   */
  public Scheme requireScheme(String id) {
    return scheme(id)
        .orElseThrow(
            () ->
                new UnknownIdException(
                    "scheme",
                    id,
                    ImmutableList.<String>builder()
                        .addAll(schemes.keySet())
                        .addAll(examples.keySet())
                        .build()));
  }

  /**
   * Returns a bundled scheme or example local scheme by its typed id.
   *
   * @param id the scheme id, such as {@link SchemeId#NHS_ETHNIC_CATEGORY_2001}, not null
   * @return the scheme, or empty if none has that id
   */
  public Optional<Scheme> scheme(SchemeId id) {
    return scheme(requireNonNull(id, "id").value());
  }

  /**
   * Returns a bundled scheme or example local scheme by its typed id.
   *
   * @param id the scheme id, such as {@link SchemeId#NHS_ETHNIC_CATEGORY_2001}, not null
   * @return the scheme
   * @throws UnknownIdException if none has that id; the message lists the valid ids
   */
  public Scheme requireScheme(SchemeId id) {
    return requireScheme(requireNonNull(id, "id").value());
  }

  /** Returns the bundled crosswalks in index order. */
  public List<Crosswalk> crosswalks() {
    return crosswalks.values().asList();
  }

  /**
   * Returns a bundled crosswalk.
   *
   * @param id the crosswalk id, such as {@code opensafely-snomed-to-nhs-2001}
   * @return the crosswalk, or empty if none has that id
   */
  public Optional<Crosswalk> crosswalk(String id) {
    return Optional.ofNullable(crosswalks.get(requireNonNull(id, "id")));
  }

  /**
   * Returns a bundled crosswalk.
   *
   * @param id the crosswalk id
   * @return the crosswalk
   * @throws UnknownIdException if none has that id; the message lists the valid ids
   */
  public Crosswalk requireCrosswalk(String id) {
    return crosswalk(id)
        .orElseThrow(() -> new UnknownIdException("crosswalk", id, crosswalks.keySet()));
  }

  /**
   * Returns a bundled crosswalk by its typed id.
   *
   * @param id the crosswalk id, such as {@link CrosswalkId#OPENSAFELY_SNOMED_TO_NHS_2001}, not null
   * @return the crosswalk, or empty if none has that id
   */
  public Optional<Crosswalk> crosswalk(CrosswalkId id) {
    return crosswalk(requireNonNull(id, "id").value());
  }

  /**
   * Returns a bundled crosswalk by its typed id.
   *
   * @param id the crosswalk id, such as {@link CrosswalkId#OPENSAFELY_SNOMED_TO_NHS_2001}, not null
   * @return the crosswalk
   * @throws UnknownIdException if none has that id; the message lists the valid ids
   */
  public Crosswalk requireCrosswalk(CrosswalkId id) {
    return requireCrosswalk(requireNonNull(id, "id").value());
  }

  /**
   * Returns every bundled crosswalk from one scheme to another; where published sources disagree
   * there are several, and the caller chooses one by id.
   *
   * @param fromSchemeId the source scheme id
   * @param toSchemeId the target scheme id
   * @return the crosswalks, in index order (possibly empty)
   */
  public List<Crosswalk> crosswalks(String fromSchemeId, String toSchemeId) {
    requireNonNull(fromSchemeId, "fromSchemeId");
    requireNonNull(toSchemeId, "toSchemeId");
    List<Crosswalk> result = new ArrayList<>();
    for (Crosswalk crosswalk : crosswalks.values()) {
      if (crosswalk.info().sourceSchemeId().equals(fromSchemeId)
          && crosswalk.info().targetSchemeId().equals(toSchemeId)) {
        result.add(crosswalk);
      }
    }
    return result;
  }

  /** Returns the example local sub-classifications, such as {@code example-london-borough}. */
  public List<Scheme> examples() {
    return examples.values().asList();
  }

  /**
   * Returns the bundled synonyms of a scheme: free-text labels from the GOV.UK Ethnicity facts and
   * figures standardiser lookup whose standard value names exactly one code of the scheme, such as
   * {@code "asian - indian"} for NHS code {@code H}. Broad groups, values with two codes and
   * not-stated or unknown values are left out; the resource's {@code description} and {@code
   * PROVENANCE.md} say which and why. Synonyms exist for {@code nhs-ethnic-category-2001} and
   * {@code ons-census-2021-england-wales}.
   *
   * @param schemeId the scheme id, such as {@code nhs-ethnic-category-2001}
   * @return synonym to code of that scheme, in file order; empty for a scheme without bundled
   *     synonyms (including a local scheme and an id that is not bundled)
   * @throws NullPointerException if schemeId is null
   */
  public Map<String, String> synonyms(String schemeId) {
    return synonyms.getOrDefault(requireNonNull(schemeId, "schemeId"), ImmutableMap.of());
  }

  /**
   * Returns the bundled broad-group terms of a scheme: free-text labels from the GOV.UK Ethnicity
   * facts and figures standardiser lookup whose standard value is a broad group or aggregate that
   * spans several codes, such as {@code "bame"}, {@code "bme"} or {@code "ethnic minorities"}, and
   * that the scheme does not recognise by itself. They are recognised as {@link
   * org.equalitymonitoring.coding.RecognitionStatus#BROAD_GROUP}: not an ethnic category, not junk.
   *
   * @param schemeId the scheme id
   * @return the terms, in file order; empty for a scheme without bundled synonyms
   * @throws NullPointerException if schemeId is null
   */
  public Set<String> broadGroupTerms(String schemeId) {
    return broadGroupTerms.getOrDefault(requireNonNull(schemeId, "schemeId"), ImmutableSet.of());
  }

  /**
   * Returns a recogniser for a scheme that also accepts the bundled synonyms and broad-group terms
   * ({@link Recogniser#withSynonyms(Scheme, Map, Set)}): those of the scheme or, for a local
   * scheme, those of the nearest scheme it extends that has synonyms. Codes, labels and alternative
   * labels, including a local scheme's own, take precedence over synonyms. For a scheme without
   * synonyms this recognises as {@link Recogniser#of}. Each call builds a new recogniser; keep and
   * reuse it.
   *
   * @param scheme a bundled scheme, or a local scheme extending one
   * @return the recogniser
   * @throws NullPointerException if scheme is null
   * @throws UnknownCodeException if the scheme has the id of a bundled scheme with synonyms but
   *     lacks one of their codes (a different scheme under a bundled id)
   */
  public Recogniser recogniser(Scheme scheme) {
    requireNonNull(scheme, "scheme");
    return synonymSchemeId(scheme)
        .map(id -> Recogniser.withSynonyms(scheme, synonyms.get(id), broadGroupTerms.get(id)))
        .orElseGet(() -> Recogniser.of(scheme));
  }

  /** Returns the id of the scheme whose synonyms a scheme uses: its own or its nearest base's. */
  Optional<String> synonymSchemeId(Scheme scheme) {
    Optional<Scheme> current = Optional.of(scheme);
    while (current.isPresent()) {
      if (synonyms.containsKey(current.get().id())) {
        return Optional.of(current.get().id());
      }
      current = current.get().base();
    }
    return Optional.empty();
  }

  /**
   * Reads a scheme file, which may extend any bundled scheme.
   *
   * @param file a scheme JSON file (README, "Local schemes")
   * @return the scheme
   * @throws org.equalitymonitoring.io.JsonFormatException listing every problem with its location
   * @throws UncheckedIOException if the file cannot be read
   */
  public Scheme readScheme(Path file) {
    return SchemeJson.read(file, schemeFinder());
  }

  /** Returns a function that finds bundled schemes by id, for {@link SchemeJson}. */
  public Function<String, Optional<Scheme>> schemeFinder() {
    return this::scheme;
  }
}
