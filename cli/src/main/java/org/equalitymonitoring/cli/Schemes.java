package org.equalitymonitoring.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.fhir.LocalSchemeImport;
import org.equalitymonitoring.schemes.BundledSchemes;
import org.equalitymonitoring.schemes.SchemeId;
import org.equalitymonitoring.schemes.UnknownIdException;

/**
 * Resolves a {@code --scheme} argument: a bundled id, the path of a local scheme JSON file, or the
 * path of a FHIR R4 CodeSystem or ValueSet (JSON) of a local sub-classification ({@link
 * LocalSchemeImport}). A FHIR resource extends the bundled scheme whose system its ValueSet
 * includes, else {@code nhs-ethnic-category-2001} (UK Core Ethnic Category England).
 */
final class Schemes {
  private Schemes() {}

  static Scheme resolve(String idOrPath) {
    BundledSchemes bundled = BundledSchemes.get();
    if (bundled.scheme(idOrPath).isPresent()) {
      return bundled.scheme(idOrPath).get();
    }
    Path path = Path.of(idOrPath);
    if (idOrPath.endsWith(".json") || Files.exists(path)) {
      if (!Files.isRegularFile(path)) {
        throw new InputException("scheme file not found: " + idOrPath);
      }
      Optional<JsonNode> resource = fhirResource(path);
      return resource.isPresent()
          ? LocalSchemeImport.read(path, base(resource.get(), bundled))
          : bundled.readScheme(path);
    }
    try {
      return bundled.requireScheme(idOrPath);
    } catch (UnknownIdException e) {
      throw new UsageException(e.getMessage() + "; or give the path of a scheme JSON file");
    }
  }

  /**
   * Returns a file's JSON if it is a FHIR CodeSystem or ValueSet; empty for any other file, which
   * is read as a scheme file (and malformed JSON reported as such).
   *
   * @throws InputException for a FHIR resource of another type
   */
  private static Optional<JsonNode> fhirResource(Path path) {
    JsonNode json;
    try {
      json = new ObjectMapper().readTree(path.toFile());
    } catch (JsonProcessingException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (json == null || !json.path("resourceType").isTextual()) {
      return Optional.empty();
    }
    String type = json.get("resourceType").asText();
    if (!type.equals("CodeSystem") && !type.equals("ValueSet")) {
      throw new InputException(
          path + " is a FHIR " + type + ", not a scheme: give a CodeSystem or a ValueSet");
    }
    return Optional.of(json);
  }

  /**
   * Returns the scheme a FHIR resource extends: the bundled scheme whose system a ValueSet
   * includes, else UK Core Ethnic Category England.
   */
  private static Scheme base(JsonNode resource, BundledSchemes bundled) {
    for (JsonNode include : resource.path("compose").path("include")) {
      String system = include.path("system").asText("");
      for (Scheme scheme : bundled.schemes()) {
        if (scheme.info().system().filter(system::equals).isPresent()) {
          return scheme;
        }
      }
    }
    return bundled.requireScheme(SchemeId.NHS_ETHNIC_CATEGORY_2001);
  }
}
