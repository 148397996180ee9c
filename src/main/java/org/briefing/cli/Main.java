package org.briefing.cli;

/** The entry point of the {@code briefing} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Warmup.startFor(args);
    System.exit(BriefingCommand.forArguments(args).execute(args));
  }
}
