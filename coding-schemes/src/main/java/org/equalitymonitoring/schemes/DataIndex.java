package org.equalitymonitoring.schemes;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One data index found on the class path, {@code META-INF/equality-monitoring/<name>}: a JSON
 * object whose lists name resources, each either absolute on the class path ({@code /org/...}) or
 * relative to the index itself. Every jar may ship one, so other jars add schemes, crosswalks and
 * populations to the bundled ones.
 */
final class DataIndex {
  /** The folder of the indexes on the class path. */
  static final String FOLDER = "META-INF/equality-monitoring/";

  private final URL url;
  private final JsonNode json;
  private final ClassLoader loader;

  private DataIndex(URL url, JsonNode json, ClassLoader loader) {
    this.url = url;
    this.json = json;
    this.loader = loader;
  }

  /**
   * Returns every index of a name that a class loader sees: this project's own first, then the
   * others in class-path order.
   *
   * @throws IllegalStateException if there is none (a packaging error) or one is not a JSON object
   */
  static List<DataIndex> findAll(ClassLoader loader, String name) {
    List<URL> urls;
    try {
      urls = Collections.list(loader.getResources(FOLDER + name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (urls.isEmpty()) {
      throw new IllegalStateException("no data index " + FOLDER + name + " on the class path");
    }
    String own = ownRoot() + FOLDER + name;
    urls.sort((a, b) -> Boolean.compare(!a.toString().equals(own), !b.toString().equals(own)));
    List<DataIndex> indexes = new ArrayList<>();
    for (URL url : urls) {
      JsonNode json;
      try (InputStream in = url.openStream()) {
        json = JsonTree.read(in);
      } catch (IOException e) {
        throw new IllegalStateException("data index " + url + " is not JSON", e);
      }
      if (json == null || !json.isObject()) {
        throw new IllegalStateException("data index " + url + " is not a JSON object");
      }
      indexes.add(new DataIndex(url, json, loader));
    }
    return indexes;
  }

  /** Returns the class-path root (folder or jar) that holds this class, as a URL prefix. */
  private static String ownRoot() {
    String self = DataIndex.class.getName().replace('.', '/') + ".class";
    String url = String.valueOf(DataIndex.class.getClassLoader().getResource(self));
    return url.substring(0, url.length() - self.length());
  }

  /** Returns where the index is, for messages. */
  String source() {
    return url.toString();
  }

  /**
   * Returns the entries of a list, empty if the index has none.
   *
   * @throws IllegalStateException if the key holds something other than a list
   */
  List<JsonNode> list(String key) {
    JsonNode list = json.path(key);
    if (list.isMissingNode()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw new IllegalStateException("data index " + url + ": '" + key + "' is not a list");
    }
    List<JsonNode> entries = new ArrayList<>();
    list.forEach(entries::add);
    return entries;
  }

  /**
   * Returns the resource paths of a list, empty if the index has none.
   *
   * @throws IllegalStateException if the key holds something other than a list of strings
   */
  List<String> paths(String key) {
    List<String> paths = new ArrayList<>();
    for (JsonNode entry : list(key)) {
      if (!entry.isTextual()) {
        throw new IllegalStateException(
            "data index " + url + ": '" + key + "' has an entry that is not a path: " + entry);
      }
      paths.add(entry.asText());
    }
    return paths;
  }

  /** Returns where a listed resource is, for messages: the path as listed if absolute. */
  String name(String path) {
    if (path.startsWith("/")) {
      return path;
    }
    try {
      return new URL(url, path).toString();
    } catch (MalformedURLException e) {
      return path;
    }
  }

  /**
   * Opens a listed resource.
   *
   * @throws IllegalStateException if it is missing
   */
  InputStream open(String path) {
    try {
      URL resource =
          path.startsWith("/") ? loader.getResource(path.substring(1)) : new URL(url, path);
      if (resource != null) {
        return resource.openStream();
      }
    } catch (IOException e) {
      throw new IllegalStateException(missing(path), e);
    }
    throw new IllegalStateException(missing(path));
  }

  private String missing(String path) {
    return "resource " + name(path) + " listed in data index " + url + " is missing";
  }

  /**
   * Adds a value under its id, unless another index already gave that id.
   *
   * @param what such as "scheme", for the message
   * @param sources the index of each id added so far; updated
   * @throws IllegalStateException naming both indexes if the id is taken
   */
  <V> void put(
      String what, String id, V value, Map<String, V> values, Map<String, String> sources) {
    String earlier = sources.putIfAbsent(id, source());
    if (earlier != null) {
      throw new IllegalStateException(
          "duplicate " + what + " id '" + id + "': in data index " + earlier + " and " + source());
    }
    values.put(id, value);
  }
}
