package org.briefing.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code briefing} command; its work is done by the subcommands. */
@Command(
    name = "briefing",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns a folder of news articles into a static briefing site.")
public final class BriefingCommand implements java.util.concurrent.Callable<Integer> {
  /** The subcommands by name, in the order the help lists them. */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("build", BuildCommand::new);
    SUBCOMMANDS.put("serve", ServeCommand::new);
    SUBCOMMANDS.put("new", NewCommand::new);
    SUBCOMMANDS.put("init", InitCommand::new);
    SUBCOMMANDS.put("send", SendCommand::new);
    SUBCOMMANDS.put("import", ImportCommand::new);
    SUBCOMMANDS.put("summarize", SummarizeCommand::new);
    SUBCOMMANDS.put("evaluate", EvaluateCommand::new);
    SUBCOMMANDS.put("bench-corpus", BenchCorpusCommand::new);
    SUBCOMMANDS.put("help", CommandLine.HelpCommand::new);
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** A command line with every subcommand and Briefing's exit codes: 0 success, 1 content error, 2 usage error. */
  public static CommandLine commandLine() {
    return commandLine(SUBCOMMANDS.keySet().toArray(String[]::new));
  }

  /**
   * A command line for these arguments. When they name a subcommand other than help, only that
   * one is built: picocli reads each command's annotations when it is added, and building all of
   * them was a measurable part of starting a build of a small site.
   */
  public static CommandLine forArguments(String... args) {
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        return SUBCOMMANDS.containsKey(arg) && !arg.equals("help") ? commandLine(arg) : commandLine();
      }
    }
    return commandLine();
  }

  private static CommandLine commandLine(String... names) {
    CommandLine cli = new CommandLine(new BriefingCommand());
    for (String name : names) {
      cli.addSubcommand(name, SUBCOMMANDS.get(name).get());
    }
    cli.setExecutionExceptionHandler(new ErrorReporter(System.err));
    cli.setExecutionStrategy(ErrorReporter.catchingErrors(cli.getExecutionStrategy()));
    return cli;
  }

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("Missing a command, for example: briefing build");
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }
}
