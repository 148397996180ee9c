package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM settings {@code bin/briefing} chooses: run against a stand-in {@code java} on the PATH
 * that prints the arguments it was given.
 */
class LauncherTest {
  private static final int LARGE_SITE = 3000;
  private static final int MEDIUM_SITE = 300;

  @TempDir Path dir;
  private Path install;

  @BeforeEach
  void install() throws IOException {
    install = dir.resolve("install");
    Files.createDirectories(install.resolve("bin"));
    Files.createDirectories(install.resolve("target"));
    Files.copy(Path.of("bin/briefing"), install.resolve("bin/briefing"));
    Files.writeString(install.resolve("target/briefing.jar"), "");
    Path fakeBin = Files.createDirectories(dir.resolve("fake-bin"));
    Path java = Files.writeString(fakeBin.resolve("java"), "#!/bin/sh\necho \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private Path site(int stories) throws IOException {
    Path site = Files.createDirectories(dir.resolve("site-" + stories));
    Path folder = Files.createDirectories(site.resolve("content/stories"));
    for (int i = 0; i < stories; i++) {
      Files.writeString(folder.resolve("story-" + i + ".md"), "");
    }
    return site;
  }

  /** Makes the output folder {@code out} and the index of its build cache, as a build leaves them. */
  private static void cacheOf(Path out) throws IOException {
    Files.createDirectories(out);
    Path cache = Files.createDirectories(out.resolveSibling(".briefing-cache").resolve(out.getFileName().toString()));
    Files.writeString(cache.resolve("index.bin"), "");
  }

  private String launch(String... args) throws Exception {
    return launchWith(null, args);
  }

  @Test
  void hugePagesAreAskedForExactlyWhereTheKernelOffersThem() throws Exception {
    Path thp = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    String offered = Files.isReadable(thp) ? Files.readString(thp) : "";
    boolean offers = offered.contains("[always]") || offered.contains("[madvise]");
    for (String command : List.of(launch("serve"), launch("build", "--site", site(1).toString()))) {
      if (offers) {
        assertThat(command).as("THP is offered here (%s)", offered.strip()).contains("-XX:+UseTransparentHugePages");
      } else {
        assertThat(command).as("no THP here (%s): the JVM would warn", offered.strip()).doesNotContain("TransparentHugePages");
      }
    }
  }

  private String launchWith(String javaOpts, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", install.resolve("bin/briefing").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("PATH", dir.resolve("fake-bin") + ":" + System.getenv("PATH"));
    builder.environment().remove("BRIEFING_JAVA_OPTS");
    if (javaOpts != null) {
      builder.environment().put("BRIEFING_JAVA_OPTS", javaOpts);
    }
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    return output;
  }

  @Test
  void aSmallSiteIsBuiltWithTheQuickCompilerAndTheClassDataArchive() throws Exception {
    Path small = site(MEDIUM_SITE - 1);
    String java = launch("build", "--site", small.toString());
    assertThat(java).contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dsun.reflect.inflationThreshold=", "-XX:ArchiveClassesAtExit=")
        .doesNotContain("-Xmn", "CICompilerCount", "CompileThresholdScaling")
        .doesNotContain("-XX:InlineSmallCode").endsWith("build --site " + small + "\n");
  }

  @Test
  void aCleanBuildOfAMediumSiteCompilesSooner() throws Exception {
    Path medium = site(MEDIUM_SITE);
    assertThat(launch("build", "--site", medium.toString())).contains("-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=0.5")
        .doesNotContain("-XX:InlineSmallCode", "-Xmn", "inflationThreshold");
    assertThat(launch("build", "--site", site(LARGE_SITE - 1).toString())).contains("-XX:CompileThresholdScaling=0.5");

    Files.setLastModifiedTime(install.resolve("target/briefing.jar"), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    cacheOf(medium.resolve("public"));
    assertThat(launch("build", "--site", medium.toString())).as("a rebuild from the cache")
        .contains("-XX:CICompilerCount=1").doesNotContain("CompileThresholdScaling");
    assertThat(launch("build", "--site", medium.toString(), "--out", medium.resolve("public/").toString()))
        .as("the same folder with a slash").contains("-XX:CICompilerCount=1");
    assertThat(launch("build", "--site", medium.toString(), "--out", medium.resolve("public/../public").toString()))
        .as("the same folder by another way").contains("-XX:CICompilerCount=1");
    Files.createDirectories(medium.resolve("other"));
    assertThat(launch("build", "--site", medium.toString(), "--out", medium.resolve("other").toString()))
        .as("another output folder in the same parent has a cache of its own, and there is none").contains("-XX:CompileThresholdScaling=0.5");
    assertThat(launch("build", "--site", medium.toString(), "--clean")).contains("-XX:CompileThresholdScaling=0.5");
  }

  @Test
  void aCleanBuildOfALargeSiteKeepsTheOptimisingCompilerUntilACacheExists() throws Exception {
    Path large = site(LARGE_SITE);
    assertThat(launch("build", "--site=" + large)).contains("-XX:InlineSmallCode=500").doesNotContain("TieredStopAtLevel", "-Xmn");

    Files.setLastModifiedTime(install.resolve("target/briefing.jar"), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    cacheOf(large.resolve("public"));
    assertThat(launch("build", "--site", large.toString())).as("a rebuild from the cache")
        .contains("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-Xmn64m");
    assertThat(launch("build", "--site", site(1).toString())).as("a small site's first build").doesNotContain("-Xmn");
    assertThat(launch("build", "--site", large.toString(), "--clean")).contains("-XX:InlineSmallCode=500");
    Files.setLastModifiedTime(install.resolve("target/briefing.jar"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    assertThat(launch("build", "--site", large.toString())).as("a cache older than the jar is not used: a clean build")
        .contains("-XX:InlineSmallCode=500");
    assertThat(launch("build", "--site", large.toString(), "--out", dir.resolve("elsewhere/public").toString()))
        .as("the cache lives beside --out, and there is none there").contains("-XX:InlineSmallCode=500");
  }

  @Test
  void theClassDataArchiveIsMadeOnceFromABuildOfTheBundledExample() throws Exception {
    Files.writeString(install.resolve("briefing.yaml"), "title: Example\n");
    Files.createDirectories(install.resolve("content"));
    Files.setLastModifiedTime(install.resolve("target/briefing.jar"), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    Path calls = dir.resolve("java-calls.txt");
    // a stand-in java that notes each call and, like the real one, writes the archive it is asked to make
    Files.writeString(dir.resolve("fake-bin/java"), """
        #!/bin/sh
        echo "$@" >> "%s"
        dump=no
        for arg in "$@"; do [ "$arg" = -Xshare:dump ] && dump=yes; done
        for arg in "$@"; do
          case "$arg" in
            -XX:ArchiveClassesAtExit=*) echo archive > "${arg#*=}" ;;
            -XX:SharedArchiveFile=*) [ $dump = yes ] && echo archive > "${arg#*=}" ;;
          esac
        done
        echo "$@"
        """.formatted(calls));
    Path site = site(1);
    Path archive = install.resolve("target/briefing.jsa");

    String first = launch("build", "--site", site.toString());
    List<String> training = Files.readAllLines(calls);
    assertThat(training).hasSize(3);
    assertThat(training.get(0)).as("the example is built into a scratch folder, listing the classes it loads")
        .contains("-XX:DumpLoadedClassList=", "-jar " + install.resolve("target/briefing.jar") + " build --site " + install + " --out ")
        .endsWith("/public -q").doesNotContain("--out " + install);
    assertThat(training.get(1)).as("a static archive is made of those classes")
        .contains("-Xshare:dump", "-XX:SharedClassListFile=", "-XX:SharedArchiveFile=", "-cp " + install.resolve("target/briefing.jar"));
    assertThat(archive).exists();
    assertThat(first).as("the command itself then starts from it")
        .contains("-XX:SharedArchiveFile=" + archive).doesNotContain("ArchiveClassesAtExit");

    launch("new", "--site", site.toString(), "A story");
    assertThat(Files.readAllLines(calls)).as("an archive newer than the jar is used as it is").hasSize(4);
    assertThat(Files.readAllLines(calls).get(3)).contains("-XX:SharedArchiveFile=" + archive);

    Files.writeString(install.resolve("target/briefing.jar"), "a new build of the jar");
    Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis() - 120_000));
    launch("build", "--site", site.toString());
    assertThat(Files.readAllLines(calls)).as("an archive older than a changed jar is made again").hasSize(7);
  }

  @Test
  void thePreviewServerRunsWithTheDefaultCompilerAndUserOptionsComeLast() throws Exception {
    String serve = launch("serve");
    assertThat(serve).contains("-XX:+UseSerialGC").doesNotContain("TieredStopAtLevel", "InlineSmallCode", "Archive");
    String tuned = launchWith("-XX:TieredStopAtLevel=4 -Xmx1g", "build", "--site", site(1).toString());
    assertThat(tuned.indexOf("-XX:TieredStopAtLevel=4")).as("the user's flag comes after the launcher's, so it wins")
        .isGreaterThan(tuned.indexOf("-XX:TieredStopAtLevel=1"));
    assertThat(tuned).contains("-Xmx1g -jar");
  }

  /** Java names files in the language setting's character set: the launcher gives it UTF-8 where it is not, so that a file named café can be read. */
  @Test
  void aLanguageSettingThatIsNotUtf8IsReplacedByCUtf8() throws Exception {
    Files.writeString(dir.resolve("fake-bin/java"), "#!/bin/sh\necho \"LC_ALL=$LC_ALL $@\"\n");
    for (Map.Entry<String, String> setting : Map.of("LANG", "C", "LC_CTYPE", "POSIX", "LC_ALL", "en_US.ISO-8859-1").entrySet()) {
      assertThat(launchIn(Map.of(setting.getKey(), setting.getValue()))).as(setting.toString()).startsWith("LC_ALL=C.UTF-8 ");
    }
    assertThat(launchIn(Map.of())).as("no setting at all").startsWith("LC_ALL=C.UTF-8 ");
    assertThat(launchIn(Map.of("LANG", "fr_FR.UTF-8"))).as("a UTF-8 setting is kept").startsWith("LC_ALL= ");
    assertThat(launchIn(Map.of("LC_ALL", "de_DE.utf8"))).startsWith("LC_ALL=de_DE.utf8 ");
  }

  /** Runs the launcher's build of a small site with only {@code settings} of the language settings in its environment. */
  private String launchIn(Map<String, String> settings) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("sh", install.resolve("bin/briefing").toString(), "build", "--site", site(1).toString())
        .directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG"));
    builder.environment().put("PATH", dir.resolve("fake-bin") + ":" + System.getenv("PATH"));
    builder.environment().putAll(settings);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    return output.lines().filter(line -> line.startsWith("LC_ALL=")).findFirst().orElse(output);
  }

  @Test
  void onlyStoriesAreCountedNotEditionsOrDefaults() throws Exception {
    Path site = site(1);
    Path editions = Files.createDirectories(site.resolve("content/editions"));
    for (int i = 0; i < MEDIUM_SITE; i++) {
      Files.writeString(editions.resolve("2021-10-" + i + ".md"), "");
      Files.writeString(site.resolve("content/stories/_draft-notes-" + i + ".md"), "");
    }
    assertThat(launch("build", "--site", site.toString())).as("one story and many other .md files: a small site")
        .doesNotContain("CompileThresholdScaling");
  }

  @Test
  void mavenRunsOnceAfterAnEditThatLeavesTheClassesAsTheyWere() throws Exception {
    Files.writeString(install.resolve("pom.xml"), "<project/>");
    Path source = Files.createDirectories(install.resolve("src/main/java")).resolve("Story.java");
    Files.writeString(source, "// a comment edited: the same classes, so Maven leaves the jar alone\n");
    Files.setLastModifiedTime(install.resolve("target/briefing.jar"), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    Path calls = dir.resolve("mvn-calls.txt");
    Path mvn = Files.writeString(dir.resolve("fake-bin/mvn"), "#!/bin/sh\necho \"$@\" >> \"%s\"\n".formatted(calls));
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));

    launch("--version");
    launch("--version");
    assertThat(Files.readAllLines(calls)).as("the second run finds the jar up to date").hasSize(1);
    Files.setLastModifiedTime(source, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    launch("--version");
    assertThat(Files.readAllLines(calls)).as("a later edit builds again").hasSize(2);
  }

  @Test
  void aLinkToTheLauncherFromAnotherFolderFindsItsJar() throws Exception {
    Path links = Files.createDirectories(dir.resolve("links"));
    Path link = Files.createSymbolicLink(links.resolve("briefing"), install.resolve("bin/briefing"));
    // started through the PATH, as a user who linked it into ~/.local/bin would
    ProcessBuilder viaPath = new ProcessBuilder("sh", "-c", "briefing --version").directory(dir.toFile()).redirectErrorStream(true);
    viaPath.environment().put("PATH", links + ":" + dir.resolve("fake-bin") + ":" + System.getenv("PATH"));
    Files.writeString(dir.resolve("fake-bin/java"), "#!/bin/sh\necho \"command=$BRIEFING_COMMAND\" \"$@\"\n");
    Process started = viaPath.start();
    String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(started.waitFor()).as(output).isZero();
    assertThat(output).as("the jar is found through the link, and advice names the command on the PATH")
        .contains("command=briefing ", "-jar " + install.resolve("target/briefing.jar") + " --version");
    assertThat(link).isSymbolicLink();

    assertThat(launch("--version")).as("run by its path, advice names that path")
        .contains("-jar " + install.resolve("target/briefing.jar"));
    Files.writeString(dir.resolve("fake-bin/java"), "#!/bin/sh\necho \"command=$BRIEFING_COMMAND\"\n");
    assertThat(launch("--version")).contains("command=" + install.resolve("bin/briefing"));
  }

  @Test
  void theArchiveIsMadeAgainForAnotherJdkButNotForTheSameJarRebuilt() throws Exception {
    Files.writeString(install.resolve("briefing.yaml"), "title: Example\n");
    Files.createDirectories(install.resolve("content"));
    Files.setLastModifiedTime(install.resolve("target/briefing.jar"), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    Path calls = dir.resolve("java-calls.txt");
    String fakeJava = """
        #!/bin/sh
        echo "$@" >> "%s"
        dump=no
        for arg in "$@"; do [ "$arg" = -Xshare:dump ] && dump=yes; done
        for arg in "$@"; do
          case "$arg" in
            -XX:SharedArchiveFile=*) [ $dump = yes ] && echo archive > "${arg#*=}" ;;
          esac
        done
        echo "$@"
        """.formatted(calls);
    Files.writeString(dir.resolve("fake-bin/java"), fakeJava);
    Path site = site(1);
    Path archive = install.resolve("target/briefing.jsa");

    String first = launchWith(null, "build", "--site", site.toString());
    assertThat(Files.readAllLines(calls)).as("the first run makes the archive").hasSize(3);
    assertThat(first).as("and says so, also when its output is not a terminal")
        .contains("briefing: preparing the class-data archive");

    Files.setLastModifiedTime(install.resolve("target/briefing.jar"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    launch("build", "--site", site.toString(), "-q");
    assertThat(Files.readAllLines(calls)).as("the same jar with a newer time stamp keeps its archive").hasSize(4);

    Files.writeString(install.resolve("target/briefing.jar"), "other bytes");
    Files.setLastModifiedTime(install.resolve("target/briefing.jar"), FileTime.fromMillis(System.currentTimeMillis() + 120_000));
    String quiet = launch("build", "--site", site.toString(), "-q");
    assertThat(Files.readAllLines(calls)).as("a jar with other bytes gets a new archive").hasSize(7);
    assertThat(quiet).as("-q silences the progress line").doesNotContain("preparing");

    Path jdk25 = Files.createDirectories(dir.resolve("jdk-25/bin"));
    Files.writeString(dir.resolve("jdk-25/release"), "JAVA_VERSION=\"25.0.3\"\n");
    Path java25 = Files.writeString(jdk25.resolve("java"), fakeJava);
    Files.setPosixFilePermissions(java25, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setLastModifiedTime(java25, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    List<String> command = new ArrayList<>(List.of("sh", install.resolve("bin/briefing").toString(), "build", "--site", site.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("PATH", jdk25 + ":" + System.getenv("PATH"));
    builder.environment().remove("BRIEFING_JAVA_OPTS");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    assertThat(Files.readAllLines(calls)).as("another JDK gets its own archive").hasSize(10);
    assertThat(output).as("Java 18 and later ignore the reflection flag, so it is not given").doesNotContain("inflationThreshold");
  }

  @Test
  void theLauncherLooksForTheCacheWhereTheBuildKeepsIt() throws Exception {
    Path site = site(MEDIUM_SITE);
    Files.setLastModifiedTime(install.resolve("target/briefing.jar"), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    assertThat(launch("build", "--site", site.toString())).as("no cache yet").doesNotContain("CICompilerCount");

    Files.createDirectories(site.resolve(BuildCommand.DEFAULT_OUTPUT));
    Path index = org.briefing.rebuild.CacheStore.indexFor(site.resolve(BuildCommand.DEFAULT_OUTPUT));
    Files.createDirectories(index.getParent());
    Files.writeString(index, "");
    assertThat(launch("build", "--site", site.toString())).as("the default output's cache, where CacheStore keeps it")
        .contains("-XX:CICompilerCount=1");

    Path elsewhere = dir.resolve("elsewhere/site-out");
    assertThat(launch("build", "--site", site.toString(), "--out", elsewhere.toString())).doesNotContain("CICompilerCount");
    Files.createDirectories(elsewhere);
    Path other = org.briefing.rebuild.CacheStore.indexFor(elsewhere);
    Files.createDirectories(other.getParent());
    Files.writeString(other, "");
    assertThat(launch("build", "--site", site.toString(), "--out=" + elsewhere)).as("--out's cache, where CacheStore keeps it")
        .contains("-XX:CICompilerCount=1");
  }
}
