package org.equalitymonitoring.schemes;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.mapping.Crosswalk;
import org.equalitymonitoring.mapping.CrosswalkRecogniser;

/**
 * How raw recorded values are recognised: a scheme with its bundled synonyms and broad-group terms
 * ({@link BundledSchemes#recogniser}), and the bundled crosswalks through which codes of other
 * schemes, such as SNOMED CT and CTV3 concepts, are translated into it. Every command and report
 * that recognises raw values builds its recogniser here, so the same value gets the same status
 * everywhere, and states {@link #description()} in its output. Immutable and thread-safe.
 */
public final class BundledRecognition {
  /**
   * The crosswalks used unless others are chosen: the OpenSAFELY SNOMED CT and CTV3 codelists into
   * NHS ethnic category 2001 ({@code opensafely-snomed-to-nhs-2001}, {@code
   * opensafely-ctv3-to-nhs-2001}), for a scheme that is or extends {@code
   * nhs-ethnic-category-2001}.
   */
  public static final List<String> DEFAULT_CROSSWALK_IDS =
      List.of(
          CrosswalkId.OPENSAFELY_SNOMED_TO_NHS_2001.value(),
          CrosswalkId.OPENSAFELY_CTV3_TO_NHS_2001.value());

  /**
   * The default recognition of each bundled scheme, built once: building it reads two crosswalks
   * and their source schemes, most of a command's start-up.
   */
  private static final Map<String, BundledRecognition> BUNDLED_DEFAULTS = new ConcurrentHashMap<>();

  private final CrosswalkRecogniser recogniser;
  private final boolean synonyms;

  private BundledRecognition(Scheme scheme, List<Crosswalk> crosswalks) {
    BundledSchemes bundled = BundledSchemes.get();
    this.recogniser =
        CrosswalkRecogniser.of(bundled.recogniser(scheme), crosswalks, bundled.schemeFinder());
    this.synonyms = bundled.synonymSchemeId(scheme).isPresent();
  }

  /**
   * Returns the default recognition of a scheme: its bundled synonyms and broad-group terms, and
   * those of the {@linkplain #DEFAULT_CROSSWALK_IDS default crosswalks} that lead into the scheme
   * or the scheme it extends (none for other schemes).
   *
   * <p>For a bundled scheme this is built once and then shared: a second call, also from another
   * thread, returns the same instance (waiting while the first call builds it).
   *
   * @param scheme a bundled scheme or a local scheme extending one, not null
   * @return the recognition
   */
  public static BundledRecognition defaults(Scheme scheme) {
    requireNonNull(scheme, "scheme");
    if (BundledSchemes.get().isBundled(scheme)) {
      return BUNDLED_DEFAULTS.computeIfAbsent(scheme.id(), id -> build(scheme));
    }
    return build(scheme);
  }

  /** Builds the default recognition of a scheme. */
  private static BundledRecognition build(Scheme scheme) {
    String target = scheme.base().orElse(scheme).id();
    List<Crosswalk> crosswalks = new ArrayList<>();
    for (String id : DEFAULT_CROSSWALK_IDS) {
      Crosswalk crosswalk = BundledSchemes.get().requireCrosswalk(id);
      if (crosswalk.info().targetSchemeId().equals(target)) {
        crosswalks.add(crosswalk);
      }
    }
    return new BundledRecognition(scheme, crosswalks);
  }

  /**
   * Returns the recognition of a scheme with chosen crosswalks, tried in the order given.
   *
   * @param scheme a bundled scheme or a local scheme extending one, not null
   * @param crosswalkIds ids of bundled crosswalks into the scheme or the scheme it extends; empty
   *     for none
   * @return the recognition
   * @throws UnknownIdException if an id is not a bundled crosswalk; the message lists the valid ids
   * @throws IllegalArgumentException if a crosswalk leads into another scheme, naming it
   */
  public static BundledRecognition of(Scheme scheme, List<String> crosswalkIds) {
    requireNonNull(scheme, "scheme");
    String target = scheme.base().orElse(scheme).id();
    List<Crosswalk> crosswalks = new ArrayList<>();
    for (String id : requireNonNull(crosswalkIds, "crosswalkIds")) {
      Crosswalk crosswalk = BundledSchemes.get().requireCrosswalk(id);
      if (!crosswalk.info().targetSchemeId().equals(target)) {
        throw new IllegalArgumentException(
            "crosswalk '"
                + id
                + "' leads to '"
                + crosswalk.info().targetSchemeId()
                + "', not to '"
                + target
                + "', the scheme values are recognised in");
      }
      crosswalks.add(crosswalk);
    }
    return new BundledRecognition(scheme, crosswalks);
  }

  /** Returns the recogniser. */
  public CrosswalkRecogniser recogniser() {
    return recogniser;
  }

  /** Returns the ids of the crosswalks used, in the order they are tried. */
  public List<String> crosswalkIds() {
    // a loop, not a stream with a collector: every command that recognises values states its
    // setup, and the collector's classes are a few milliseconds of a cold start
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    for (Crosswalk crosswalk : recogniser.crosswalks()) {
      ids.add(crosswalk.id());
    }
    return ids.build();
  }

  /**
   * Returns one sentence that states the setup, such as "nhs-ethnic-category-2001 codes, labels and
   * legacy values, bundled synonyms and broad-group terms; codes of other schemes through
   * opensafely-snomed-to-nhs-2001, opensafely-ctv3-to-nhs-2001".
   */
  public String description() {
    List<String> crosswalkIds = crosswalkIds();
    return recogniser.scheme().id()
        + " codes, labels and legacy values"
        + (synonyms ? ", bundled synonyms and broad-group terms" : "")
        + (crosswalkIds.isEmpty()
            ? "; no crosswalks"
            : "; codes of other schemes through " + String.join(", ", crosswalkIds));
  }
}
