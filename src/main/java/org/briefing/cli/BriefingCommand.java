package org.briefing.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code briefing} command; its work is done by the subcommands. */
@Command(
    name = "briefing",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns a folder of news articles into a static briefing site.",
    subcommands = {
      BuildCommand.class,
      ServeCommand.class,
      NewCommand.class,
      InitCommand.class,
      ImportCommand.class,
      SummarizeCommand.class,
      EvaluateCommand.class,
      BenchCorpusCommand.class,
      CommandLine.HelpCommand.class,
    })
public final class BriefingCommand implements java.util.concurrent.Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** A command line with Briefing's exit codes: 0 success, 1 content error, 2 usage error. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new BriefingCommand());
    cli.setExecutionExceptionHandler(new ErrorReporter());
    return cli;
  }

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("Missing a command, for example: briefing build");
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }
}
