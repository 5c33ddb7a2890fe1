package org.equalitymonitoring.fhir;

import static java.util.Objects.requireNonNull;

import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.CategoryKind;
import org.equalitymonitoring.coding.InvalidSchemeException;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.coding.SchemeInfo;
import org.equalitymonitoring.coding.SchemeProblem;
import org.equalitymonitoring.coding.SchemeStatus;
import org.equalitymonitoring.io.JsonFormatException;
import org.equalitymonitoring.io.Problem;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionDesignationComponent;
import org.hl7.fhir.r4.model.CodeSystem.ConceptPropertyComponent;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ConceptReferenceComponent;
import org.hl7.fhir.r4.model.ValueSet.ConceptSetComponent;

/**
 * Reads a local sub-classification of a national scheme, such as a regional integrated care
 * record's extension of UK Core Ethnic Category, from a FHIR R4 CodeSystem or ValueSet in JSON.
 *
 * <p><b>CodeSystem.</b> Its local codes, with {@code id}, {@code url} (the local system), {@code
 * version}, {@code title} or {@code name}, {@code publisher} and optional {@code status}, {@code
 * caseSensitive} and {@code copyright} (the licence). A concept's parent is the concept it is
 * nested in, else the code its {@code parent} or {@code subsumedBy} property names (a local code or
 * a code of the base scheme), else, for a base scheme whose first character is the national code
 * (NHS ETHNIC CATEGORY, format an2), the code's first character. The {@code notSelectable}
 * property, the {@code kind} property of {@link TerminologyExport} and designations (alternative
 * labels) are read too, so that an exported local scheme reads back.
 *
 * <p><b>ValueSet.</b> One that extends the base: its {@code compose} includes the base scheme's
 * system (or the UK Core Ethnic Category value set, for a base of UK Core England or Wales) and
 * lists the local codes of one other system, each with a display; their parent is their first
 * character.
 *
 * <p>A document that breaks any rule is rejected as the project's JSON loaders reject a scheme file
 * ({@link org.equalitymonitoring.io.SchemeJson}): a {@link JsonFormatException} that lists every
 * problem with its line, column and path, such as a missing field, a duplicate code, an unknown
 * parent or a local code that does not roll up to the base scheme.
 */
public final class LocalSchemeImport {
  private static final String NO_LICENCE = "not stated in the FHIR resource";

  private final Scheme base;
  private final JsonLocations locations;
  private final List<Problem> problems = new ArrayList<>();
  private final List<Category> categories = new ArrayList<>();

  /** The pointer of each category's concept, and of where its parent came from. */
  private final List<String> conceptPointers = new ArrayList<>();

  private final List<String> parentPointers = new ArrayList<>();

  private LocalSchemeImport(Scheme base, JsonLocations locations) {
    this.base = base;
    this.locations = locations;
  }

  /**
   * Reads a local scheme file.
   *
   * @param file a FHIR CodeSystem or ValueSet in JSON
   * @param base the scheme it extends, such as {@code nhs-ethnic-category-2001} (UK Core England)
   * @return the local scheme
   * @throws JsonFormatException if the file breaks any rule, listing every problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Scheme read(Path file, Scheme base) {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), base);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a local scheme from a stream, which is not closed.
   *
   * @param in a FHIR CodeSystem or ValueSet in UTF-8 JSON
   * @param source the name of the file or resource, for messages
   * @param base the scheme it extends
   * @return the local scheme
   * @throws JsonFormatException if the document breaks any rule, listing every problem
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Scheme read(InputStream in, String source, Scheme base) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    requireNonNull(base, "base");
    byte[] json;
    try {
      json = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonLocations locations;
    try {
      locations = JsonLocations.of(json);
    } catch (JsonProcessingException e) {
      throw JsonFormatException.of(
          source,
          List.of(
              Problem.of(
                  "",
                  Math.max(e.getLocation().getLineNr(), 1),
                  Math.max(e.getLocation().getColumnNr(), 1),
                  "malformed JSON: " + shorten(e.getOriginalMessage()))));
    }
    LocalSchemeImport reader = new LocalSchemeImport(base, locations);
    Optional<Scheme> scheme = reader.read(new String(json, StandardCharsets.UTF_8));
    if (!reader.problems.isEmpty()) {
      reader.problems.sort(
          Comparator.comparingLong(Problem::line).thenComparingInt(Problem::column));
      throw JsonFormatException.of(source, reader.problems);
    }
    return scheme.orElseThrow();
  }

  private Optional<Scheme> read(String json) {
    IBaseResource resource;
    try {
      resource = FhirJson.parser().parseResource(json);
    } catch (DataFormatException e) {
      problem("", "not a FHIR R4 resource: " + shorten(e.getMessage()));
      return Optional.empty();
    }
    Optional<String> system;
    if (resource instanceof CodeSystem) {
      system = codeSystem((CodeSystem) resource);
    } else if (resource instanceof ValueSet) {
      system = valueSet((ValueSet) resource);
    } else {
      problem(
          "/resourceType", "expected a CodeSystem or ValueSet, got '" + resource.fhirType() + "'");
      return Optional.empty();
    }
    Optional<SchemeInfo> info = info((MetadataResource) resource, system);
    if (info.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Scheme.extend(base, info.get(), categories));
    } catch (InvalidSchemeException e) {
      for (SchemeProblem problem : e.problems()) {
        if (problem.part() == SchemeProblem.Part.CATEGORIES) {
          int index = problem.index().getAsInt();
          problem(
              problem.field().equals("parent")
                  ? parentPointers.get(index)
                  : conceptPointers.get(index) + "/" + problem.field(),
              problem.message());
        } else {
          problem("", problem.message());
        }
      }
      return Optional.empty();
    }
  }

  private Optional<SchemeInfo> info(MetadataResource resource, Optional<String> system) {
    Optional<String> id = required(resource.getIdElement().getIdPart(), "id");
    Optional<String> version = required(resource.getVersion(), "version");
    Optional<String> publisher = required(resource.getPublisher(), "publisher");
    Optional<String> title =
        Optional.ofNullable(resource.getTitle()).or(() -> Optional.ofNullable(resource.getName()));
    if (title.isEmpty()) {
      problem("/title", "missing required field 'title' (or 'name')");
    }
    Optional<String> url = required(resource.getUrl(), "url");
    if (id.isEmpty()
        || version.isEmpty()
        || publisher.isEmpty()
        || title.isEmpty()
        || url.isEmpty()) {
      return Optional.empty();
    }
    String copyright =
        resource instanceof CodeSystem
            ? ((CodeSystem) resource).getCopyright()
            : ((ValueSet) resource).getCopyright();
    SchemeInfo.Builder info = SchemeInfo.builder();
    info.id(id.get())
        .title(title.get())
        .version(version.get())
        .publisher(publisher.get())
        .source(url.get())
        .licence(copyright == null || copyright.isBlank() ? NO_LICENCE : copyright)
        .system(system)
        .baseSchemeId(base.id())
        .status(status(resource.getStatus()));
    if (resource instanceof CodeSystem && ((CodeSystem) resource).hasCaseSensitive()) {
      info.caseSensitive(((CodeSystem) resource).getCaseSensitive());
    }
    return Optional.of(info.build());
  }

  private Optional<String> required(String value, String field) {
    if (value == null || value.isBlank()) {
      problem("/" + field, "missing required field '" + field + "'");
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private static SchemeStatus status(PublicationStatus status) {
    if (status == PublicationStatus.RETIRED) {
      return SchemeStatus.RETIRED;
    }
    return status == PublicationStatus.DRAFT ? SchemeStatus.DRAFT : SchemeStatus.ACTIVE;
  }

  /** Reads the concepts of a CodeSystem; returns its URL as the local system. */
  private Optional<String> codeSystem(CodeSystem system) {
    if (system.hasSupplements()) {
      problem(
          "/supplements",
          "a supplement cannot add codes; give the local codes as a CodeSystem of their own");
    }
    if (!system.hasConcept()) {
      problem("/concept", "missing required field 'concept': a local scheme needs local codes");
    }
    concepts(system.getConcept(), "/concept", Optional.empty());
    return Optional.ofNullable(system.getUrl());
  }

  private void concepts(
      List<ConceptDefinitionComponent> concepts, String pointer, Optional<String> parent) {
    for (int i = 0; i < concepts.size(); i++) {
      ConceptDefinitionComponent concept = concepts.get(i);
      String at = pointer + "/" + i;
      Optional<Category.Builder> builder = builder(concept.getCode(), concept.getDisplay(), at);
      String parentPointer = at;
      Optional<String> parentCode = parent;
      for (int p = 0; p < concept.getProperty().size(); p++) {
        ConceptPropertyComponent property = concept.getProperty().get(p);
        String propertyAt = at + "/property/" + p;
        switch (property.getCode() == null ? "" : property.getCode()) {
          case "parent":
          case "subsumedBy":
            if (property.hasValueCodeType() && parentCode.isEmpty()) {
              parentCode = Optional.of(property.getValueCodeType().getValue());
              parentPointer = propertyAt + "/valueCode";
            }
            break;
          case TerminologyExport.NOT_SELECTABLE:
            if (property.hasValueBooleanType() && property.getValueBooleanType().booleanValue()) {
              builder.ifPresent(b -> b.selectable(false));
            }
            break;
          case TerminologyExport.KIND:
            kind(property, propertyAt).ifPresent(kind -> builder.ifPresent(b -> b.kind(kind)));
            break;
          default:
            break;
        }
      }
      List<String> alternatives = new ArrayList<>();
      for (ConceptDefinitionDesignationComponent designation : concept.getDesignation()) {
        if (designation.hasValue() && !designation.getValue().isBlank()) {
          alternatives.add(designation.getValue());
        }
      }
      if (builder.isPresent()) {
        builder.get().alternativeLabels(alternatives);
        add(builder.get(), parentCode, at, parentPointer);
      }
      concepts(
          concept.getConcept(),
          at + "/concept",
          Optional.ofNullable(concept.getCode()).filter(code -> !code.isBlank()));
    }
  }

  private Optional<CategoryKind> kind(ConceptPropertyComponent property, String pointer) {
    String value = property.hasValueCodeType() ? property.getValueCodeType().getValue() : "";
    for (CategoryKind kind : CategoryKind.values()) {
      if (kind.name().equals(value)) {
        return Optional.of(kind);
      }
    }
    problem(
        pointer + "/valueCode",
        "'kind' must be one of "
            + List.of(CategoryKind.values())
            + ", got '"
            + shorten(value)
            + "'");
    return Optional.empty();
  }

  /** Reads the local codes a ValueSet includes; returns their system. */
  private Optional<String> valueSet(ValueSet valueSet) {
    String baseSystem = base.info().system().orElse("");
    boolean extendsBase = false;
    Set<String> localSystems = new LinkedHashSet<>();
    List<ConceptSetComponent> includes = valueSet.getCompose().getInclude();
    for (int i = 0; i < includes.size(); i++) {
      ConceptSetComponent include = includes.get(i);
      String at = "/compose/include/" + i;
      if (include.getValueSet().stream()
          .anyMatch(
              v ->
                  UkCore.ETHNIC_CATEGORY_VALUE_SET.equals(v.getValue())
                      && UkCore.BOUND_SYSTEMS.contains(baseSystem))) {
        extendsBase = true;
      }
      if (!include.hasSystem()) {
        continue;
      }
      if (include.getSystem().equals(baseSystem)) {
        extendsBase = true;
        continue;
      }
      localSystems.add(include.getSystem());
      if (!include.hasConcept()) {
        problem(
            at,
            "include of system '"
                + shorten(include.getSystem())
                + "' lists no codes; list the local codes");
      }
      for (int c = 0; c < include.getConcept().size(); c++) {
        ConceptReferenceComponent concept = include.getConcept().get(c);
        String conceptAt = at + "/concept/" + c;
        builder(concept.getCode(), concept.getDisplay(), conceptAt)
            .ifPresent(b -> add(b, Optional.empty(), conceptAt, conceptAt));
      }
    }
    if (!extendsBase) {
      problem(
          "/compose",
          "the value set does not include '"
              + shorten(baseSystem)
              + "', so it does not extend '"
              + base.id()
              + "'");
    }
    if (localSystems.size() > 1) {
      problem(
          "/compose",
          "a local scheme has one code system of local codes, got " + localSystems.size());
    }
    if (localSystems.isEmpty() && extendsBase) {
      problem("/compose", "the value set includes no local codes");
    }
    return localSystems.stream().findFirst();
  }

  /**
   * Returns a builder for a concept with a code. A concept without a display is still checked for
   * its code and parent, so that one pass reports every problem, as {@code SchemeJson} does.
   */
  private Optional<Category.Builder> builder(String code, String display, String pointer) {
    boolean labelled = display != null && !display.isBlank();
    if (!labelled) {
      problem(pointer + "/display", "missing required field 'display'");
    }
    if (code == null || code.isBlank()) {
      problem(pointer + "/code", "missing required field 'code'");
      return Optional.empty();
    }
    return Optional.of(Category.builder(code, labelled ? display : code));
  }

  /**
   * Adds a local category; without a stated parent, its first character where that is a national
   * code of a base scheme that follows the NHS an2 rule.
   */
  private void add(
      Category.Builder builder, Optional<String> parent, String pointer, String parentPointer) {
    Category draft = builder.build();
    Optional<String> rollUp =
        parent.or(
            () ->
                base.info().firstCharacterIsNational()
                        && draft.code().length() == 2
                        && base.contains(draft.code().substring(0, 1))
                    ? Optional.of(draft.code().substring(0, 1))
                    : Optional.empty());
    rollUp.ifPresent(builder::parent);
    categories.add(builder.build());
    conceptPointers.add(pointer);
    parentPointers.add(parentPointer);
  }

  private void problem(String pointer, String message) {
    locations.add(problems, pointer, message);
  }

  private static String shorten(String text) {
    String value = text == null ? "" : text.strip();
    return value.length() <= 80 ? value : value.substring(0, 80) + "...";
  }
}
