package org.equalitymonitoring.coding;

/** Thrown when a code that must belong to a scheme does not. */
public final class UnknownCodeException extends IllegalArgumentException {
  private final String schemeId;
  private final String code;

  UnknownCodeException(String schemeId, String code) {
    super("code '" + code + "' is not in scheme '" + schemeId + "'");
    this.schemeId = schemeId;
    this.code = code;
  }

  /** Returns the id of the scheme that was searched. */
  public String schemeId() {
    return schemeId;
  }

  /** Returns the code that was not found. */
  public String code() {
    return code;
  }
}
