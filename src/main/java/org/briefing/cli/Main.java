package org.briefing.cli;

/** The entry point of the {@code briefing} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(BriefingCommand.commandLine().execute(args));
  }
}
