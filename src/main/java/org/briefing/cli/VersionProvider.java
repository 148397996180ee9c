package org.briefing.cli;

import picocli.CommandLine;

/** Reads the version that Maven wrote into the jar's manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = BriefingCommand.class.getPackage().getImplementationVersion();
    return new String[] {"briefing " + (version == null ? "development build" : version)};
  }
}
