package org.briefing.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.briefing.bench.CorpusGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code briefing bench-corpus}: writes a synthetic corpus for benchmarks. */
@Command(name = "bench-corpus", mixinStandardHelpOptions = true, description = {
    "Writes a synthetic briefing of N stories into DIR/site, and the same stories as a Hugo site into DIR/hugo.",
    "Used by bench/run.sh; the same N and seed always give the same files."})
public final class BenchCorpusCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--stories", required = true, description = "How many stories.")
  int stories;

  @Option(names = "--seed", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into.")
  Path out;

  @Option(names = "--photos", paramLabel = "WIDTHxHEIGHT",
      description = "Give every story of the Briefing site a JPEG of its own of this size (e.g. 3000x2000), for the photo benchmarks.")
  String photos;

  @Override
  public Integer call() throws Exception {
    if (stories < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--stories must be at least 1");
    }
    long start = System.nanoTime();
    new CorpusGenerator(stories, seed).write(out);
    if (photos != null) {
      java.util.regex.Matcher size = java.util.regex.Pattern.compile("([0-9]{2,5})x([0-9]{2,5})").matcher(photos);
      if (!size.matches()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--photos takes WIDTHxHEIGHT, e.g. 3000x2000");
      }
      org.briefing.bench.CorpusGenerator.writeStoryPhotos(out.resolve("site"), Integer.parseInt(size.group(1)), Integer.parseInt(size.group(2)));
    }
    spec.commandLine().getOut().printf("Wrote %d stories into %s in %d ms%n", stories, out, (System.nanoTime() - start) / 1_000_000);
    return 0;
  }
}
