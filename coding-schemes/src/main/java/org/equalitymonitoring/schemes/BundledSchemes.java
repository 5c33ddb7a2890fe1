package org.equalitymonitoring.schemes;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.coding.UnknownCodeException;
import org.equalitymonitoring.io.CrosswalkJson;
import org.equalitymonitoring.io.SchemeJson;
import org.equalitymonitoring.mapping.Crosswalk;

/**
 * The bundled schemes, crosswalks, example local schemes and synonyms of the data indexes of this
 * jar and of any other jar on the class path ({@link #load(ClassLoader)}).
 *
 * <p>The shared instance ({@link #get}) reads a resource when it is first needed, so that a command
 * that needs one scheme and two crosswalks does not read the rest: a look-up by id first reads the
 * resources whose file name is the id followed by a dot (as {@code
 * nhs-ethnic-category-2001.scheme.json}), and only if none of them has the id, all the resources of
 * its kind. A listing reads all of them.
 *
 * <p>Look-ups by id return {@link Optional}; the {@code require} forms throw {@link
 * UnknownIdException} naming the valid ids. Instances are thread-safe, and what they return is
 * immutable.
 */
public final class BundledSchemes {
  private final Resources<Scheme> schemes;
  private final Resources<Crosswalk> crosswalks;
  private final Resources<Scheme> examples;
  private final Resources<Synonyms> synonyms;

  /**
   * The synonyms and broad-group terms of a scheme, as a synonyms file lists them, and the
   * recogniser of the bundled scheme with them that checked them when the file was read.
   */
  private record Synonyms(
      String schemeId,
      ImmutableMap<String, String> synonyms,
      ImmutableSet<String> broadGroups,
      Recogniser recogniser) {}

  private BundledSchemes(List<DataIndex> indexes) {
    // shared by schemes and examples, whose ids must differ, and written under either's lock
    Map<String, String> schemeSources = new ConcurrentHashMap<>();
    this.schemes =
        new Resources<>(
            indexes,
            "schemes",
            "scheme",
            schemeSources,
            (index, path) -> readScheme(index, path, this::bundledScheme),
            Scheme::id);
    this.crosswalks =
        new Resources<>(
            indexes,
            "crosswalks",
            "crosswalk",
            new HashMap<>(),
            (index, path) -> readCrosswalk(index, path, this::bundledScheme),
            Crosswalk::id);
    this.examples =
        new Resources<>(
            indexes,
            "examples",
            "scheme",
            schemeSources,
            (index, path) -> readScheme(index, path, this::bundledScheme),
            Scheme::id);
    this.synonyms =
        new Resources<>(
            indexes,
            "synonyms",
            "synonyms",
            new HashMap<>(),
            (index, path) -> readSynonyms(index, path, this::bundledScheme),
            Synonyms::schemeId);
  }

  /**
   * Returns the bundled data of every data index on the class path of this class ({@link
   * #load(ClassLoader)}), each resource read when it is first needed.
   *
   * @return the shared instance
   * @throws IllegalStateException if there is no index; a look-up throws it if a bundled resource
   *     it reads is missing or invalid, or two indexes give the same id (a packaging error)
   */
  public static BundledSchemes get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final BundledSchemes INSTANCE = onDemand(BundledSchemes.class.getClassLoader());
  }

  /**
   * Returns the data of every index a class loader sees, each resource read when it is first
   * needed.
   */
  static BundledSchemes onDemand(ClassLoader loader) {
    return new BundledSchemes(DataIndex.findAll(loader, "index.json"));
  }

  /**
   * Loads the data of every index {@code META-INF/equality-monitoring/index.json} that a class
   * loader sees: this project's own first, then those of other jars in class-path order, so that
   * other jars add schemes, crosswalks, example local schemes and synonyms (README, "Adding your
   * own data"). An index lists resource paths, absolute on the class path or relative to the index,
   * under {@code schemes}, {@code crosswalks}, {@code examples} and {@code synonyms}; each list is
   * optional. A scheme, crosswalk, example or synonyms file may use a scheme of any index. Every
   * resource is read and checked now.
   *
   * @param loader the class loader whose class path is searched, not null
   * @return a new instance
   * @throws IllegalStateException if there is no index, a listed resource is missing or invalid, or
   *     two entries give the same scheme (or example), crosswalk or synonyms id; the message names
   *     both indexes
   */
  public static BundledSchemes load(ClassLoader loader) {
    BundledSchemes loaded = onDemand(requireNonNull(loader, "loader"));
    loaded.schemes.all();
    loaded.crosswalks.all();
    loaded.examples.all();
    loaded.synonyms.all();
    return loaded;
  }

  /** Returns a bundled scheme, not an example, by id: what bundled resources may refer to. */
  private Optional<Scheme> bundledScheme(String id) {
    return schemes.find(id);
  }

  private static Crosswalk readCrosswalk(
      DataIndex index, String path, Function<String, Optional<Scheme>> schemes) {
    try (InputStream in = index.open(path)) {
      return CrosswalkJson.read(in, index.name(path), schemes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a synonyms file, checking it against the scheme it names, into the synonyms and
   * broad-group terms of that scheme.
   */
  private static Synonyms readSynonyms(
      DataIndex index, String path, Function<String, Optional<Scheme>> schemes) {
    String where = "bundled resource " + index.name(path);
    JsonNode file;
    try (InputStream in = index.open(path)) {
      file = JsonTree.read(in);
    } catch (IOException e) {
      throw new IllegalStateException(where + " is not JSON", e);
    }
    String id = file == null ? null : file.path("scheme").asText(null);
    if (id == null) {
      throw new IllegalStateException(where + " does not name its scheme");
    }
    Scheme scheme = schemes.apply(id).orElse(null);
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
    Recogniser recogniser;
    try {
      recogniser = Recogniser.withSynonyms(scheme, result, terms);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + ": " + e.getMessage(), e);
    }
    return new Synonyms(id, ImmutableMap.copyOf(result), ImmutableSet.copyOf(terms), recogniser);
  }

  private static Scheme readScheme(
      DataIndex index, String path, Function<String, Optional<Scheme>> schemes) {
    try (InputStream in = index.open(path)) {
      return SchemeJson.read(in, index.name(path), schemes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the bundled schemes in index order. */
  public List<Scheme> schemes() {
    return schemes.all();
  }

  /**
   * Returns a bundled scheme or example local scheme.
   *
   * @param id the scheme id, such as {@code nhs-ethnic-category-2001}
   * @return the scheme, or empty if none has that id
   */
  public Optional<Scheme> scheme(String id) {
    requireNonNull(id, "id");
    Optional<Scheme> scheme = schemes.find(id);
    return scheme.isPresent() ? scheme : examples.find(id);
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
                        .addAll(schemes.ids())
                        .addAll(examples.ids())
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
    return crosswalks.all();
  }

  /**
   * Returns a bundled crosswalk.
   *
   * @param id the crosswalk id, such as {@code opensafely-snomed-to-nhs-2001}
   * @return the crosswalk, or empty if none has that id
   */
  public Optional<Crosswalk> crosswalk(String id) {
    return crosswalks.find(requireNonNull(id, "id"));
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
        .orElseThrow(() -> new UnknownIdException("crosswalk", id, crosswalks.ids()));
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
    for (Crosswalk crosswalk : crosswalks.all()) {
      if (crosswalk.info().sourceSchemeId().equals(fromSchemeId)
          && crosswalk.info().targetSchemeId().equals(toSchemeId)) {
        result.add(crosswalk);
      }
    }
    return result;
  }

  /** Returns the example local sub-classifications, such as {@code example-london-borough}. */
  public List<Scheme> examples() {
    return examples.all();
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
    return synonyms
        .find(requireNonNull(schemeId, "schemeId"))
        .map(Synonyms::synonyms)
        .orElse(ImmutableMap.of());
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
    return synonyms
        .find(requireNonNull(schemeId, "schemeId"))
        .map(Synonyms::broadGroups)
        .orElse(ImmutableSet.of());
  }

  /**
   * Returns a recogniser for a scheme that also accepts the bundled synonyms and broad-group terms
   * ({@link Recogniser#withSynonyms(Scheme, Map, Set)}): those of the scheme or, for a local
   * scheme, those of the nearest scheme it extends that has synonyms. Codes, labels and alternative
   * labels, including a local scheme's own, take precedence over synonyms. For a scheme without
   * synonyms this recognises as {@link Recogniser#of}. For a bundled scheme with synonyms this is
   * the recogniser built when its synonyms were read and checked; for any other scheme each call
   * builds a new one: keep and reuse it.
   *
   * @param scheme a bundled scheme, or a local scheme extending one
   * @return the recogniser
   * @throws NullPointerException if scheme is null
   * @throws UnknownCodeException if the scheme has the id of a bundled scheme with synonyms but
   *     lacks one of their codes (a different scheme under a bundled id)
   */
  public Recogniser recogniser(Scheme scheme) {
    requireNonNull(scheme, "scheme");
    Optional<Synonyms> own = synonyms.find(scheme.id());
    if (own.isPresent() && own.get().recogniser().scheme() == scheme) {
      return own.get().recogniser();
    }
    return synonymSchemeId(scheme)
        .map(id -> Recogniser.withSynonyms(scheme, synonyms(id), broadGroupTerms(id)))
        .orElseGet(() -> Recogniser.of(scheme));
  }

  /**
   * Whether a scheme is one of the bundled schemes or examples that this instance has read (the
   * same instance, not only the same id). Reads nothing.
   */
  boolean isBundled(Scheme scheme) {
    return schemes.holds(scheme.id(), scheme) || examples.holds(scheme.id(), scheme);
  }

  /** Returns the id of the scheme whose synonyms a scheme uses: its own or its nearest base's. */
  Optional<String> synonymSchemeId(Scheme scheme) {
    Optional<Scheme> current = Optional.of(scheme);
    while (current.isPresent()) {
      if (synonyms.find(current.get().id()).isPresent()) {
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

  /**
   * The resources of one kind listed by the indexes, each read when first needed and then kept.
   * Reading is serialised per kind; a resource may look up resources of another kind (or of its own
   * kind, such as a base scheme) while it is read.
   */
  private static final class Resources<V> {
    private final List<DataIndex> indexes;
    private final String key;
    private final String what;
    private final Map<String, String> sources;
    private final BiFunction<DataIndex, String, V> read;
    private final Function<V, String> idOf;
    private final Map<String, V> byId = new HashMap<>();
    private final Map<String, V> byPath = new HashMap<>();
    private final Set<String> reading = new HashSet<>();
    private boolean allRead;

    Resources(
        List<DataIndex> indexes,
        String key,
        String what,
        Map<String, String> sources,
        BiFunction<DataIndex, String, V> read,
        Function<V, String> idOf) {
      this.indexes = indexes;
      this.key = key;
      this.what = what;
      this.sources = sources;
      this.read = read;
      this.idOf = idOf;
    }

    /** Returns the resource with an id: first reading those named after it, then all. */
    synchronized Optional<V> find(String id) {
      if (!byId.containsKey(id) && !allRead) {
        for (DataIndex index : indexes) {
          for (String path : index.paths(key)) {
            if (path.substring(path.lastIndexOf('/') + 1).startsWith(id + ".")) {
              read(index, path);
            }
          }
        }
        if (!byId.containsKey(id)) {
          all();
        }
      }
      return Optional.ofNullable(byId.get(id));
    }

    /** Whether the resource read under an id is this very value; reads nothing. */
    synchronized boolean holds(String id, V value) {
      return byId.get(id) == value;
    }

    /** Returns every resource, in index order. */
    synchronized List<V> all() {
      ImmutableList.Builder<V> all = ImmutableList.builder();
      for (DataIndex index : indexes) {
        for (String path : index.paths(key)) {
          read(index, path).ifPresent(all::add);
        }
      }
      if (reading.isEmpty()) {
        allRead = true;
      }
      return all.build();
    }

    /** Returns the ids of every resource, in index order. */
    List<String> ids() {
      return all().stream().map(idOf).collect(ImmutableList.toImmutableList());
    }

    /**
     * Reads a resource unless it has been read; empty while it is being read (a resource that
     * refers to itself, directly or not, finds nothing).
     */
    private Optional<V> read(DataIndex index, String path) {
      String where = index.source() + "!" + path;
      V value = byPath.get(where);
      if (value == null) {
        if (!reading.add(where)) {
          return Optional.empty();
        }
        try {
          value = read.apply(index, path);
        } finally {
          reading.remove(where);
        }
        index.put(what, idOf.apply(value), value, byId, sources);
        byPath.put(where, value);
      }
      return Optional.of(value);
    }
  }
}
