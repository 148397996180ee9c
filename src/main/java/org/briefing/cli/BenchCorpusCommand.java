package org.briefing.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefing.bench.CorpusGenerator;
import org.briefing.photo.PhotoLimits;
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
    // every option is checked before anything is written: a wrong --photos stopped the command once the corpus was there
    if (stories < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--stories must be at least 1");
    }
    int[] size = photos == null ? null : photoSize(photos);
    for (String part : List.of("site", "hugo")) {
      Path folder = out.resolve(part).toAbsolutePath().normalize();
      if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !isEmpty(folder))) {
        // as init refuses one: the corpus would replace its briefing.yaml and mix its stories with the ones there
        spec.commandLine().getErr().println("error: " + folder + " already exists and is not an empty folder; the corpus is written into "
            + "DIR/site and DIR/hugo, and would overwrite or mix with what it holds");
        spec.commandLine().getErr().println("  hint: give --out a new folder, or delete the corpus made there before (bench/run.sh does)");
        return 1;
      }
    }
    long start = System.nanoTime();
    new CorpusGenerator(stories, seed).write(out);
    if (size != null) {
      CorpusGenerator.writeStoryPhotos(out.resolve("site"), size[0], size[1]);
    }
    spec.commandLine().getOut().printf("Wrote %d stories into %s in %d ms%n", stories, out, (System.nanoTime() - start) / 1_000_000);
    return 0;
  }

  /** The width and height --photos asks for: each at least 16 pixels, and no more pixels than a build takes in a photo. */
  private int[] photoSize(String text) {
    java.util.regex.Matcher size = java.util.regex.Pattern.compile("([0-9]{2,5})x([0-9]{2,5})").matcher(text);
    int width = size.matches() ? Integer.parseInt(size.group(1)) : 0;
    int height = size.matches() ? Integer.parseInt(size.group(2)) : 0;
    if (width < 16 || height < 16 || (long) width * height > PhotoLimits.MAX_PIXELS) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--photos takes WIDTHxHEIGHT, each at least 16 pixels and at most "
          + PhotoLimits.MAX_PIXELS / 1_000_000 + " million pixels in all, e.g. 3000x2000");
    }
    return new int[] {width, height};
  }

  private static boolean isEmpty(Path folder) throws java.io.IOException {
    try (java.util.stream.Stream<Path> list = Files.list(folder)) {
      return list.findAny().isEmpty();
    }
  }
}
