package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** docs/commands.md gives, for every command, a synopsis with every option picocli knows, and no other. */
class CommandsDocTest {
  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])(--[a-z][a-z-]*|-[a-zA-Z])(?![\\w-])");
  private static final Set<String> EVERY_COMMANDS = Set.of("-h", "--help", "-V", "--version");

  @Test
  void everyOptionOfEveryCommandIsInItsSynopsisAndNoOtherIs() throws Exception {
    String doc = Files.readString(Path.of("docs/commands.md"));
    CommandLine cli = BriefingCommand.commandLine();
    List<String> wrong = new ArrayList<>();
    for (var entry : cli.getSubcommands().entrySet()) {
      if (entry.getKey().equals("help")) {
        continue;
      }
      String synopsis = synopsis(doc, entry.getKey());
      if (synopsis == null) {
        wrong.add(entry.getKey() + ": no section '## `briefing " + entry.getKey() + "`' with a synopsis");
        continue;
      }
      Set<String> documented = new TreeSet<>();
      Matcher m = OPTION.matcher(synopsis);
      while (m.find()) {
        documented.add(m.group(1));
      }
      Set<String> known = new TreeSet<>();
      for (OptionSpec option : entry.getValue().getCommandSpec().options()) {
        List<String> names = List.of(option.names());
        known.addAll(names);
        if (names.stream().noneMatch(EVERY_COMMANDS::contains) && names.stream().noneMatch(documented::contains)) {
          wrong.add(entry.getKey() + ": " + names + " is not in the synopsis");
        }
      }
      documented.stream().filter(name -> !known.contains(name)).forEach(name -> wrong.add(entry.getKey() + ": " + name + " is no option"));
    }
    assertThat(wrong).isEmpty();
  }

  /** The first code block of the command's section. */
  private static String synopsis(String doc, String command) {
    int section = doc.indexOf("\n## `briefing " + command + "`");
    if (section < 0) {
      return null;
    }
    int start = doc.indexOf("\n```\n", section);
    int end = start < 0 ? -1 : doc.indexOf("\n```\n", start + 5);
    int next = doc.indexOf("\n## ", section + 1);
    return end < 0 || next >= 0 && start > next ? null : doc.substring(start + 5, end);
  }
}
