package org.equalitymonitoring.cli;

import picocli.CommandLine;

/** Reports the version of the jar, from its manifest. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"equality-monitor " + current()};
  }

  static String current() {
    String version = Version.class.getPackage().getImplementationVersion();
    return version == null ? "development build" : version;
  }
}
