package org.equalitymonitoring.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.schemes.BundledSchemes;
import org.equalitymonitoring.schemes.UnknownIdException;

/** Resolves a {@code --scheme} argument: a bundled id, or the path of a local scheme JSON file. */
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
      return bundled.readScheme(path);
    }
    try {
      return bundled.requireScheme(idOrPath);
    } catch (UnknownIdException e) {
      throw new UsageException(e.getMessage() + "; or give the path of a scheme JSON file");
    }
  }
}
