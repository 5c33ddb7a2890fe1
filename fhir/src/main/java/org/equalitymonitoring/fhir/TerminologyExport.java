package org.equalitymonitoring.fhir;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.coding.SchemeInfo;
import org.equalitymonitoring.coding.SchemeStatus;
import org.equalitymonitoring.mapping.Crosswalk;
import org.equalitymonitoring.mapping.CrosswalkInfo;
import org.equalitymonitoring.mapping.CrosswalkRow;
import org.equalitymonitoring.mapping.Equivalence;
import org.equalitymonitoring.schemes.BundledSchemes;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemHierarchyMeaning;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.CodeSystem.PropertyType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.ConceptMap.ConceptMapGroupComponent;
import org.hl7.fhir.r4.model.ConceptMap.SourceElementComponent;
import org.hl7.fhir.r4.model.ConceptMap.TargetElementComponent;
import org.hl7.fhir.r4.model.Enumerations.ConceptMapEquivalence;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.UriType;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ConceptSetComponent;

/**
 * Exports schemes as FHIR R4 CodeSystem and ValueSet resources and crosswalks as ConceptMap
 * resources, with canonical URLs, versions, status and provenance.
 *
 * <p><b>Canonical URLs.</b> A scheme with a published FHIR code system ({@link
 * SchemeInfo#system()}, such as UK Core Ethnic Category England) keeps that system's official URL;
 * every other scheme, every value set and every concept map gets a URL under a project base, by
 * default {@link #PROJECT_BASE}: {@code BASE/CodeSystem/ID}, {@code BASE/ValueSet/ID}, {@code
 * BASE/ConceptMap/ID}. Under an official URL the project's own grouping headings (a category that
 * is not selectable and whose code is its label, such as "White" above "White - British") are left
 * out, because they are not codes of the publisher's system; their children become top-level
 * concepts. The four UK Core code systems are exported with content {@code complete}; a scheme that
 * holds a part of a larger published system (SNOMED CT, CTV3, CDC Race and Ethnicity, New Zealand
 * ethnicity) with content {@code fragment}.
 *
 * <p><b>Local sub-classifications.</b> A scheme built by {@link Scheme#extend} exports as its own
 * CodeSystem of its local codes only (nested under a local parent where it has one), a ValueSet
 * that includes the base system and the local system, and a roll-up ConceptMap from each local code
 * to the base code it rolls up to with equivalence {@code subsumes} ("the source is-a target").
 * FHIR R4's {@code parent} property and nested concepts relate codes of one system only, and a code
 * system supplement cannot add codes, so a map is the form that relates a local code to a national
 * code of another system, and the one a terminology server's {@code $translate} uses.
 *
 * <p>Equivalences map to R4 {@code ConceptMapEquivalence}: EQUIVALENT to {@code equivalent},
 * BROADER (the target is broader) to {@code wider}, NARROWER to {@code narrower}, INEXACT to {@code
 * inexact}, UNMATCHED to {@code unmatched} without a target code. R4 requires a comment on a
 * narrower or inexact target (invariant cmd-1); a row without one points to the map's description.
 *
 * <p>Instances are immutable and thread-safe; each call returns new resources.
 */
public final class TerminologyExport {
  /** The default base of the project's own canonical URLs (the domain of its Maven groupId). */
  public static final String PROJECT_BASE = "https://equalitymonitoring.org/fhir";

  /** Published code systems that a bundled scheme holds in full. SCHEMES.md §3.2 (S4). */
  private static final Set<String> COMPLETE_SYSTEMS =
      Set.of(
          UkCore.ENGLAND_SYSTEM,
          UkCore.WALES_SYSTEM,
          UkCore.EXTENDED_SYSTEM,
          "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryScotland");

  static final String NOT_SELECTABLE = "notSelectable";
  static final String KIND = "kind";
  static final String NARROWER_COMMENT =
      "A convention of this map; see the ConceptMap description.";

  private final String base;

  private TerminologyExport(String base) {
    this.base = base;
  }

  /** Returns an export whose own canonical URLs are under {@link #PROJECT_BASE}. */
  public static TerminologyExport standard() {
    return new TerminologyExport(PROJECT_BASE);
  }

  /**
   * Returns an export whose own canonical URLs are under another base, such as a region's
   * terminology server.
   *
   * @param base an absolute http or https URL, without a trailing slash
   * @return the export
   * @throws IllegalArgumentException if base is not such a URL
   */
  public static TerminologyExport withBase(String base) {
    requireNonNull(base, "base");
    if (!(base.startsWith("https://") || base.startsWith("http://"))
        || base.endsWith("/")
        || base.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          "base must be an http(s) URL without a trailing slash, got '" + shorten(base) + "'");
    }
    return new TerminologyExport(base);
  }

  /** Returns the base of the project's own canonical URLs. */
  public String base() {
    return base;
  }

  /**
   * Returns every resource of the bundled data: a CodeSystem and a ValueSet per scheme, a
   * CodeSystem, ValueSet and roll-up ConceptMap per example local scheme, and a ConceptMap per
   * crosswalk.
   *
   * @param bundled the bundled data, not null
   * @return the resources, schemes first, in index order
   */
  public List<MetadataResource> export(BundledSchemes bundled) {
    requireNonNull(bundled, "bundled");
    List<MetadataResource> resources = new ArrayList<>();
    for (Scheme scheme : bundled.schemes()) {
      resources.add(codeSystem(scheme));
      resources.add(valueSet(scheme));
    }
    for (Scheme local : bundled.examples()) {
      resources.add(codeSystem(local));
      resources.add(valueSet(local));
      rollUp(local).ifPresent(resources::add);
    }
    for (Crosswalk crosswalk : bundled.crosswalks()) {
      resources.add(
          conceptMap(
              crosswalk,
              bundled.requireScheme(crosswalk.info().sourceSchemeId()),
              bundled.requireScheme(crosswalk.info().targetSchemeId())));
    }
    return resources;
  }

  /**
   * Returns the canonical URL of a scheme's code system: the published system's URL where there is
   * one and the scheme is not a local sub-classification, otherwise {@code BASE/CodeSystem/ID}.
   *
   * @param scheme the scheme, not null
   * @return the URL
   */
  public String codeSystemUrl(Scheme scheme) {
    requireNonNull(scheme, "scheme");
    if (scheme.base().isEmpty() && scheme.info().system().isPresent()) {
      return scheme.info().system().get();
    }
    return scheme.info().system().orElse(base + "/CodeSystem/" + scheme.id());
  }

  /**
   * Returns the canonical URL of a scheme's value set, {@code BASE/ValueSet/ID}.
   *
   * @param scheme the scheme, not null
   * @return the URL
   */
  public String valueSetUrl(Scheme scheme) {
    return base + "/ValueSet/" + requireNonNull(scheme, "scheme").id();
  }

  /**
   * Returns a scheme as a CodeSystem: for a local sub-classification, its local codes only.
   *
   * @param scheme the scheme, not null
   * @return a new CodeSystem
   */
  public CodeSystem codeSystem(Scheme scheme) {
    requireNonNull(scheme, "scheme");
    SchemeInfo info = scheme.info();
    CodeSystem system = new CodeSystem();
    system.setId(scheme.id());
    system.setUrl(codeSystemUrl(scheme));
    describe(system, info);
    system.setCopyright("Licence: " + info.licence());
    system.setCaseSensitive(info.caseSensitive());
    boolean official = isOfficial(scheme);
    system.setContent(
        !official || COMPLETE_SYSTEMS.contains(system.getUrl())
            ? CodeSystemContentMode.COMPLETE
            : CodeSystemContentMode.FRAGMENT);
    system.setDescription(
        scheme.base().isPresent()
            ? info.title()
                + ". A local sub-classification of "
                + codeSystemUrl(scheme.base().get())
                + ": each code rolls up to a code of that system (ConceptMap "
                + rollUpUrl(scheme)
                + "). Source: "
                + info.source()
                + "."
            : info.title() + ". Source: " + info.source() + ".");
    system
        .addProperty()
        .setCode(NOT_SELECTABLE)
        .setUri("http://hl7.org/fhir/concept-properties#notSelectable")
        .setType(PropertyType.BOOLEAN)
        .setDescription("A heading or structural concept that records should not carry");
    system
        .addProperty()
        .setCode(KIND)
        .setUri(base + "/CodeSystem-property/kind")
        .setType(PropertyType.CODE)
        .setDescription(
            "What the code says about ethnicity: SUBSTANTIVE, OTHER, NOT_STATED or NOT_KNOWN");
    int count = 0;
    boolean nested = false;
    for (Category category : scheme.categories()) {
      if (isExported(scheme, category) && exportedParent(scheme, category).isEmpty()) {
        count += addConcept(system.getConcept(), scheme, category);
      } else if (isExported(scheme, category)) {
        nested = true;
      }
    }
    if (nested) {
      system.setHierarchyMeaning(CodeSystemHierarchyMeaning.ISA);
    }
    if (system.getContent() == CodeSystemContentMode.COMPLETE) {
      system.setCount(count);
    }
    return system;
  }

  /** Adds a concept with its exported descendants; returns how many concepts were added. */
  private int addConcept(List<ConceptDefinitionComponent> into, Scheme scheme, Category category) {
    ConceptDefinitionComponent concept =
        new ConceptDefinitionComponent().setCode(category.code()).setDisplay(category.label());
    category.alternativeLabels().forEach(label -> concept.addDesignation().setValue(label));
    if (!category.selectable()) {
      concept.addProperty().setCode(NOT_SELECTABLE).setValue(new BooleanType(true));
    }
    concept.addProperty().setCode(KIND).setValue(new CodeType(category.kind().name()));
    into.add(concept);
    int count = 1;
    for (Category child : exportedChildren(scheme, category)) {
      count += addConcept(concept.getConcept(), scheme, child);
    }
    return count;
  }

  /** Whether a category is a concept of the scheme's exported CodeSystem. */
  private boolean isExported(Scheme scheme, Category category) {
    if (scheme.base().isPresent()) {
      return scheme.isLocal(category);
    }
    return !(isOfficial(scheme) && isProjectHeading(category));
  }

  /** The nearest exported ancestor of an exported category, if any. */
  private Optional<Category> exportedParent(Scheme scheme, Category category) {
    Optional<Category> parent = scheme.parent(category);
    while (parent.isPresent() && !isExported(scheme, parent.get())) {
      parent = scheme.parent(parent.get());
    }
    return parent;
  }

  private List<Category> exportedChildren(Scheme scheme, Category category) {
    List<Category> result = new ArrayList<>();
    for (Category child : scheme.children(category)) {
      if (isExported(scheme, child)) {
        result.add(child);
      } else {
        result.addAll(exportedChildren(scheme, child));
      }
    }
    return result;
  }

  private static boolean isOfficial(Scheme scheme) {
    return scheme.base().isEmpty() && scheme.info().system().isPresent();
  }

  /** A grouping heading the project added: not selectable, and its code is its own label. */
  private static boolean isProjectHeading(Category category) {
    return !category.selectable() && category.code().equals(category.label());
  }

  /**
   * Returns a scheme as a ValueSet of all its codes: the whole code system where the export holds
   * all of it, otherwise its codes one by one; for a local sub-classification, the base scheme's
   * codes and the local code system.
   *
   * @param scheme the scheme, not null
   * @return a new ValueSet
   */
  public ValueSet valueSet(Scheme scheme) {
    requireNonNull(scheme, "scheme");
    ValueSet valueSet = new ValueSet();
    valueSet.setId(scheme.id());
    valueSet.setUrl(valueSetUrl(scheme));
    describe(valueSet, scheme.info());
    valueSet.setCopyright("Licence: " + scheme.info().licence());
    valueSet.setDescription(
        "Every code of " + scheme.info().title() + ". Source: " + scheme.info().source() + ".");
    if (scheme.base().isPresent()) {
      include(valueSet, scheme.base().get());
    }
    include(valueSet, scheme);
    return valueSet;
  }

  private void include(ValueSet valueSet, Scheme scheme) {
    CodeSystem system = codeSystem(scheme);
    ConceptSetComponent include =
        valueSet
            .getCompose()
            .addInclude()
            .setSystem(system.getUrl())
            .setVersion(system.getVersion());
    if (system.getContent() == CodeSystemContentMode.FRAGMENT) {
      for (Category category : scheme.categories()) {
        if (isExported(scheme, category)) {
          include.addConcept().setCode(category.code()).setDisplay(category.label());
        }
      }
    }
  }

  /**
   * Returns the roll-up map of a local sub-classification: each local code to the base code it
   * rolls up to, equivalence {@code subsumes}.
   *
   * @param scheme a scheme, not null
   * @return the map, or empty for a scheme that extends none
   */
  public Optional<ConceptMap> rollUp(Scheme scheme) {
    requireNonNull(scheme, "scheme");
    if (scheme.base().isEmpty()) {
      return Optional.empty();
    }
    Scheme baseScheme = scheme.base().get();
    ConceptMap map = new ConceptMap();
    map.setId(rollUpId(scheme));
    map.setUrl(rollUpUrl(scheme));
    describe(map, scheme.info());
    map.setCopyright("Licence: " + scheme.info().licence());
    map.setTitle("Roll-up of " + scheme.info().title() + " to " + baseScheme.info().title());
    map.setName(computableName(rollUpId(scheme)));
    map.setDescription(
        "Each local code of "
            + scheme.id()
            + " to the code of "
            + baseScheme.id()
            + " it rolls up to: the local code is a kind of the national code.");
    map.setSource(new UriType(valueSetUrl(scheme)));
    map.setTarget(new UriType(valueSetUrl(baseScheme)));
    Map<String, ConceptMapGroupComponent> groups = new LinkedHashMap<>();
    for (Category category : scheme.categories()) {
      if (!scheme.isLocal(category)) {
        continue;
      }
      Category national = scheme.rollUpToBase(category);
      group(groups, map, codeSystemUrl(scheme), systemOf(baseScheme, national))
          .addElement()
          .setCode(category.code())
          .setDisplay(category.label())
          .addTarget()
          .setCode(national.code())
          .setDisplay(national.label())
          .setEquivalence(ConceptMapEquivalence.SUBSUMES);
    }
    return Optional.of(map);
  }

  private String rollUpId(Scheme scheme) {
    return scheme.id() + "-to-" + scheme.base().orElseThrow().id();
  }

  private String rollUpUrl(Scheme scheme) {
    return base + "/ConceptMap/" + rollUpId(scheme);
  }

  /**
   * Returns a crosswalk as a ConceptMap: one element per source code, with every target row.
   *
   * @param crosswalk the crosswalk, not null
   * @param source its source scheme, not null
   * @param target its target scheme, not null
   * @return a new ConceptMap
   * @throws IllegalArgumentException if a scheme's id is not the one the crosswalk names
   */
  public ConceptMap conceptMap(Crosswalk crosswalk, Scheme source, Scheme target) {
    requireNonNull(crosswalk, "crosswalk");
    requireNonNull(source, "source");
    requireNonNull(target, "target");
    CrosswalkInfo info = crosswalk.info();
    if (!info.sourceSchemeId().equals(source.id()) || !info.targetSchemeId().equals(target.id())) {
      throw new IllegalArgumentException(
          "crosswalk '"
              + info.id()
              + "' maps '"
              + info.sourceSchemeId()
              + "' to '"
              + info.targetSchemeId()
              + "', got schemes '"
              + source.id()
              + "' and '"
              + target.id()
              + "'");
    }
    ConceptMap map = new ConceptMap();
    map.setId(info.id());
    map.setUrl(base + "/ConceptMap/" + info.id());
    map.setVersion(info.version());
    map.setName(computableName(info.id()));
    map.setTitle(info.title());
    map.setStatus(PublicationStatus.ACTIVE);
    map.setPublisher(info.publisher());
    map.setDescription(info.description() + " Source: " + info.source() + ".");
    map.setCopyright("Licence: " + info.licence());
    map.setSource(new UriType(valueSetUrl(source)));
    map.setTarget(new UriType(valueSetUrl(target)));
    Map<String, ConceptMapGroupComponent> groups = new LinkedHashMap<>();
    Map<String, SourceElementComponent> elements = new LinkedHashMap<>();
    for (CrosswalkRow row : crosswalk.rows()) {
      Category from = source.requireCategory(row.sourceCode());
      Optional<Category> to = row.targetCode().map(target::requireCategory);
      String sourceSystem = systemOf(source, from);
      String targetSystem = to.map(category -> systemOf(target, category)).orElse("");
      String key = sourceSystem + " " + targetSystem + " " + from.code();
      SourceElementComponent element = elements.get(key);
      if (element == null) {
        ConceptMapGroupComponent group = group(groups, map, sourceSystem, targetSystem);
        element = group.addElement().setCode(from.code()).setDisplay(from.label());
        elements.put(key, element);
      }
      TargetElementComponent mapped = element.addTarget().setEquivalence(equivalence(row));
      to.ifPresent(category -> mapped.setCode(category.code()).setDisplay(category.label()));
      row.comment().ifPresent(mapped::setComment);
      if (!mapped.hasComment()
          && (row.equivalence() == Equivalence.NARROWER
              || row.equivalence() == Equivalence.INEXACT)) {
        mapped.setComment(NARROWER_COMMENT);
      }
    }
    return map;
  }

  /**
   * Returns the R4 equivalence of a row's equivalence.
   *
   * @param row a crosswalk row, not null
   * @return the R4 code
   */
  static ConceptMapEquivalence equivalence(CrosswalkRow row) {
    switch (row.equivalence()) {
      case EQUIVALENT:
        return ConceptMapEquivalence.EQUIVALENT;
      case BROADER:
        return ConceptMapEquivalence.WIDER;
      case NARROWER:
        return ConceptMapEquivalence.NARROWER;
      case INEXACT:
        return ConceptMapEquivalence.INEXACT;
      default:
        return ConceptMapEquivalence.UNMATCHED;
    }
  }

  private ConceptMapGroupComponent group(
      Map<String, ConceptMapGroupComponent> groups,
      ConceptMap map,
      String sourceSystem,
      String targetSystem) {
    return groups.computeIfAbsent(
        sourceSystem + " " + targetSystem,
        key -> {
          ConceptMapGroupComponent group = map.addGroup().setSource(sourceSystem);
          if (!targetSystem.isEmpty()) {
            group.setTarget(targetSystem);
          }
          return group;
        });
  }

  /** The system of a category: a base scheme's for a code a local scheme took from its base. */
  private String systemOf(Scheme scheme, Category category) {
    Scheme current = scheme;
    while (current.base().isPresent()
        && !current.isLocal(current.requireCategory(category.code()))) {
      current = current.base().get();
    }
    return codeSystemUrl(current);
  }

  private void describe(MetadataResource resource, SchemeInfo info) {
    resource.setVersion(info.version());
    resource.setName(computableName(info.id()));
    resource.setTitle(info.title());
    resource.setStatus(status(info.status()));
    resource.setPublisher(info.publisher());
  }

  private static PublicationStatus status(SchemeStatus status) {
    switch (status) {
      case RETIRED:
        return PublicationStatus.RETIRED;
      case DRAFT:
        return PublicationStatus.DRAFT;
      default:
        return PublicationStatus.ACTIVE;
    }
  }

  /** Returns a name a machine can use (R4 invariant cnl-0), such as NhsEthnicCategory2001. */
  static String computableName(String id) {
    StringBuilder name = new StringBuilder();
    for (String part : id.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
      }
    }
    if (name.length() == 0 || !Character.isLetter(name.charAt(0))) {
      name.insert(0, 'X');
    }
    return name.toString();
  }

  private static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "...";
  }
}
