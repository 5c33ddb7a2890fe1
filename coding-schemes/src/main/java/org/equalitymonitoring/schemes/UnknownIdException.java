package org.equalitymonitoring.schemes;

import java.util.Collection;

/** Thrown when a scheme or crosswalk id is not bundled; the message lists the valid ids. */
public final class UnknownIdException extends IllegalArgumentException {
  private final String id;

  UnknownIdException(String what, String id, Collection<String> validIds) {
    super("unknown " + what + " '" + id + "'; valid ids: " + String.join(", ", validIds));
    this.id = id;
  }

  /** Returns the id that was not found. */
  public String id() {
    return id;
  }
}
