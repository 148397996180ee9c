package org.briefing.rebuild;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.Problem;
import org.briefing.problem.SourcePosition;
import org.briefing.write.OutputFolder;

/**
 * Decides whether a build may replace the output folder it was given. Never the site's own files,
 * whatever the options; an existing folder only when an earlier build made it (it has the
 * {@link OutputFolder#MARKER}), or when told to with {@code --force}.
 */
public final class OutputChoice {
  /**
   * The folders of a site that an output may never be, hold or be inside, each where it really is:
   * any of them may be a link to a folder outside the site (a shared theme).
   */
  private static final List<String> SITE_FOLDERS = List.of("content", "templates", "static", CacheStore.DIR);

  /** How a build came to use its output folder; the first build into a folder it takes over is a full one. */
  public enum Claim {
    /** A new folder, or an empty one. */
    NEW(false),
    /** A folder an earlier build made. */
    OURS(false),
    /** A folder a version of Briefing from before the marker made: the build cache beside it names it. */
    EARLIER_VERSION(true),
    /** Another folder, which the user said to replace. */
    TAKEN_OVER(true);

    private final boolean fullBuild;

    Claim(boolean fullBuild) {
      this.fullBuild = fullBuild;
    }

    /** Whether the build must ignore any cache and write the folder whole. */
    public boolean fullBuild() {
      return fullBuild;
    }
  }

  private OutputChoice() {}

  /**
   * Why {@code out} can never be the output of the site in {@code site}, even with {@code --force};
   * null when it can. Folders are compared as given and with links followed.
   */
  public static String forbidden(Path site, Path out) {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      return "it is a file, not a folder";
    }
    if (Files.exists(out.resolve("briefing.yaml"), LinkOption.NOFOLLOW_LINKS)) {
      return "it holds a briefing.yaml: it is a site folder";
    }
    for (Path[] pair : List.of(new Path[] {site, out}, new Path[] {real(site), real(out)})) {
      Path siteDir = pair[0];
      Path outDir = pair[1];
      if (siteDir.startsWith(outDir)) {
        return "it is the site folder " + site + " or holds it";
      }
      for (String folder : SITE_FOLDERS) {
        Path where = real(site.resolve(folder));
        if (outDir.startsWith(siteDir.resolve(folder)) || outDir.startsWith(where) || where.startsWith(outDir)) {
          return "the site's " + (folder.equals(CacheStore.DIR) ? "build cache " : "") + folder + "/ folder is " + where
              + ", and an output folder may not be it, hold it or be inside it (a build replaces its output folder whole)";
        }
      }
      for (Path name : outDir) {
        if (name.toString().equals(CacheStore.DIR)) {
          return "it is a build cache folder (" + CacheStore.DIR + ") or inside one";
        }
      }
      Path published = outputAround(outDir);
      if (published != null) {
        return "it is inside " + published + ", the output folder of a build (it has a " + OutputFolder.MARKER
            + " file), which would publish what this build writes, drafts and build cache included";
      }
    }
    return null;
  }

  /** The nearest folder above {@code out} that a build made (it has the marker), null when there is none. */
  private static Path outputAround(Path out) {
    for (Path folder = out.toAbsolutePath().normalize().getParent(); folder != null; folder = folder.getParent()) {
      if (Files.isRegularFile(folder.resolve(OutputFolder.MARKER), LinkOption.NOFOLLOW_LINKS)) {
        return folder;
      }
    }
    return null;
  }

  /**
   * How the build may use {@code out}; a {@link BuildFailure} naming it when it is a folder with
   * files in it that no build made and {@code force} is not given.
   */
  public static Claim claim(Path out, boolean force) {
    switch (OutputFolder.of(out)) {
      case FREE:
        return Claim.NEW;
      case OURS:
        return Claim.OURS;
      default:
        if (namedByEarlierCache(out)) {
          return Claim.EARLIER_VERSION;
        }
        if (force) {
          return Claim.TAKEN_OVER;
        }
        throw new BuildFailure(Problem.error(SourcePosition.of(out),
            "this folder has files in it and no build of Briefing made it (it has no " + OutputFolder.MARKER
                + " file); a build replaces its output folder whole, so it would delete them",
            "build into a new or empty folder with --out DIR; or, if everything in this folder may be deleted, "
                + "build with --force to replace it"));
    }
  }

  /**
   * Whether the cache that versions of Briefing before the marker kept beside the output folder
   * ({@code .briefing-cache/index.bin}, one for all the outputs of a parent folder) names {@code out}.
   */
  static boolean namedByEarlierCache(Path out) {
    Path index = earlierIndex(out);
    if (!Files.isRegularFile(index)) {
      return false;
    }
    try (InputStream file = Files.newInputStream(index)) {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(file.readNBytes(1 << 16)));
      if (in.readInt() != CacheStore.MAGIC) {
        return false;
      }
      in.readInt(); // the format, which changed over the versions; the header before it did not
      text(in); // the version of Briefing
      return text(in).equals(out.toAbsolutePath().normalize().toString());
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Removes the cache an earlier version kept for {@code out} (its index and stories files), once a
   * build has a cache of its own for it.
   */
  public static void forgetEarlierCache(Path out) {
    if (!namedByEarlierCache(out)) {
      return;
    }
    Path dir = earlierIndex(out).getParent();
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.equals("index.bin") || (name.startsWith("stories-") && name.endsWith(".bin") && Files.isRegularFile(file))) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException e) {
      // left for the user to delete; no build reads it again
    }
  }

  private static Path earlierIndex(Path out) {
    Path absolute = out.toAbsolutePath().normalize();
    return absolute.getParent().resolve(CacheStore.DIR).resolve("index.bin");
  }

  private static String text(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > in.available()) {
      throw new IOException("not a cache header");
    }
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  /** {@code path}, made absolute, with every link in it followed as far as it exists. */
  public static Path real(Path path) {
    return followed(path.toAbsolutePath().normalize());
  }

  /**
   * {@code path}, made absolute, as the system finds it: each link followed before the {@code ..}
   * after it ({@code link/../x} is beside where the link leads, not beside the link), for a path
   * that is used as written rather than normalised first.
   */
  public static Path asTheSystemFinds(Path path) {
    return followed(path.toAbsolutePath());
  }

  /** {@code absolute} with the part of it that exists taken to its real path, the rest added to that. */
  private static Path followed(Path absolute) {
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    } catch (IOException e) {
      return absolute;
    }
  }
}
