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
    // after the subcommands, which picocli gives the converter only when they are there already
    cli.registerConverter(java.nio.file.Path.class, BriefingCommand::path);
    cli.setExecutionExceptionHandler(new ErrorReporter(System.err));
    cli.setExecutionStrategy(ErrorReporter.catchingErrors(cli.getExecutionStrategy()));
    return cli;
  }

  /**
   * A folder or file given on the command line. An empty one ({@code --out ''}, {@code init ""},
   * a shell variable that was not set) is a usage error: Java reads it as the current folder, which
   * a build would then fill or an init refuse for holding files, and which the user never named.
   */
  private static java.nio.file.Path path(String text) {
    if (text.isEmpty()) {
      throw new CommandLine.TypeConversionException("the value is empty, which names no folder or file; give a path ('.' is the current folder)");
    }
    return java.nio.file.Path.of(text);
  }

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("Missing a command, for example: briefing build");
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }
}
