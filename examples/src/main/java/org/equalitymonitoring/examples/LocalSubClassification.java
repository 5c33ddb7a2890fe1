package org.equalitymonitoring.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.io.JsonFormatException;
import org.equalitymonitoring.io.Problem;
import org.equalitymonitoring.io.SchemeJson;
import org.equalitymonitoring.schemes.BundledSchemes;

/**
 * Loads a local sub-classification that extends the NHS letters, recognises "Filipino" in it and
 * rolls it up to the national code, then shows how a broken copy of the file is rejected.
 *
 * <p>Shows: the local scheme file {@code my-borough.scheme.json} (every local code must roll up,
 * through its {@code parent}, to a code of the scheme it extends); {@link Scheme#rollUpToBase}
 * ({@code L1} Filipino to {@code L} Any other Asian background); and the error report of {@code
 * my-borough-broken.scheme.json}, which lists every problem with its line, column and path. From a
 * file on disk, use {@code BundledSchemes.get().readScheme(path)} instead of a class-path resource.
 */
public final class LocalSubClassification {
  /** A category of the local scheme and the national category it rolls up to. */
  public record RolledUp(Category local, Category national) {}

  private LocalSubClassification() {}

  /** Returns the local category recognised for a raw value and the national code it rolls up to. */
  public static RolledUp recogniseAndRollUp(String raw) {
    // 1. Load the local scheme; its base, nhs-ethnic-category-2001, comes from the bundled schemes.
    Scheme local = load("my-borough.scheme.json");
    // 2. Recognise the raw value against the local scheme (local and national codes and labels).
    Recognition recognition = Recogniser.of(local).recognise(raw);
    Category category = recognition.category().orElseThrow();
    // 3. Roll the local code up to the national code, so the borough stays comparable.
    return new RolledUp(category, local.rollUpToBase(category));
  }

  /** Returns every problem of the broken copy, in document order. */
  public static List<Problem> problemsOfBrokenCopy() {
    try {
      load("my-borough-broken.scheme.json");
      throw new AssertionError("the broken copy loaded");
    } catch (JsonFormatException e) {
      // 4. One exception lists every problem, not just the first; getMessage() has them all too.
      return e.problems();
    }
  }

  private static Scheme load(String resource) {
    try (InputStream in = LocalSubClassification.class.getResourceAsStream("/" + resource)) {
      return SchemeJson.read(in, resource, BundledSchemes.get().schemeFinder());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void main(String[] args) {
    RolledUp filipino = recogniseAndRollUp("Filipino");
    System.out.println(filipino.local() + " rolls up to " + filipino.national());
    System.out.println("my-borough-broken.scheme.json is rejected:");
    problemsOfBrokenCopy().forEach(problem -> System.out.println("  " + problem));
  }
}
