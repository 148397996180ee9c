package org.briefing.rebuild;

import org.briefing.pipeline.BuildCache;
import org.briefing.pipeline.InputStamp;

import org.briefing.pipeline.SiteBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.briefing.model.BuildSettings;
import org.briefing.model.PublishedAddresses;
import org.briefing.problem.BuildFailure;
import org.briefing.render.MemorySink;
import org.briefing.render.OutputFile;
import org.briefing.problem.Problem;
import org.briefing.problem.SourcePosition;
import org.briefing.write.OutputFolder;
import org.briefing.write.SiteWriter;
import org.briefing.write.StagedOutput;

/**
 * Builds a site the cheapest way that gives a clean build's files, into an output folder (this
 * class) or into memory for the preview ({@link InMemory}): not at
 * all when no input changed since the last build ({@link Way#UP_TO_DATE}), only the pages that
 * show edited stories ({@link Way#EDIT}), every page fingerprinted against the disk cache with only
 * the changed ones rendered ({@link Way#FULL}), or everything ({@link Way#CLEAN}).
 */
public final class BuildPlanner {
  /** The way a build went. */
  public enum Way { UP_TO_DATE, EDIT, FULL, CLEAN }

  /** What a build made, the way it went and how long each phase took. */
  public record Outcome(SiteBuilder.Result result, Way way, List<SiteBuilder.Timing> timings) {}

  /** How far a build got with changing its output, for a failure to say truly what it left. */
  public enum Stage {
    /** Nothing written into the output yet. */
    READING,
    /** Files of the output being written over one by one. */
    UPDATING,
    /** A staged site being swapped in, which puts the old one back when it fails. */
    REPLACING,
    /** The output written, the cache that describes it not yet saved. */
    WRITTEN
  }

  private final Path output;
  private final boolean clean;
  private final boolean strict;
  private boolean force;
  private final Consumer<String> progress;
  private final Runnable waiting;
  private final List<Problem> notices = new ArrayList<>();
  private volatile Stage stage = Stage.READING;
  private UnfinishedWrite unfinished;

  /**
   * @param clean whether to ignore the cache and build everything
   * @param progress told what the build is doing as each phase starts
   * @param waiting called when another build of the same output holds its lock
   */
  public BuildPlanner(Path output, boolean clean, Consumer<String> progress, Runnable waiting) {
    this(output, clean, false, progress, waiting);
  }

  /** As above; with {@code strict}, a build with warnings fails as if they were errors, before it writes anything. */
  public BuildPlanner(Path output, boolean clean, boolean strict, Consumer<String> progress, Runnable waiting) {
    this.output = output;
    this.clean = clean;
    this.strict = strict;
    this.progress = progress;
    this.waiting = waiting;
  }

  /**
   * A clean build streams every file into a staging folder that replaces the output at the end;
   * with a cache from the last build, only the files that changed are rendered, kept in memory
   * until the build succeeded, and then written over the output.
   */
  public Outcome build(BuildSettings settings, URI base) {
    OutputChoice.Claim claim = OutputChoice.claim(output, force);
    Outcome outcome = build(settings, base, claim.fullBuild());
    if (claim == OutputChoice.Claim.EARLIER_VERSION) {
      OutputChoice.forgetEarlierCache(output);
    }
    return outcome;
  }

  private Outcome build(BuildSettings settings, URI base, boolean fullBuild) {
    CacheStore store = new CacheStore(output);
    store.refuseLinks();
    // from reading the last build's cache to saving this one's, no other build may change the output
    try (BuildLock lock = BuildLock.take(store.dir(), waiting)) {
      OutputFolder.removeLeftovers(output);
      unfinished = new UnfinishedWrite(store.dir());
      boolean interrupted = unfinished.found();
      if (interrupted) {
        notices.add(Problem.warning(SourcePosition.of(output), "the last build into this folder stopped while writing it;"
            + " this build writes the whole site again", null));
      }
      OutputOptions options = OutputOptions.of(settings, base);
      if (!options.published()) {
        // recorded first, so that an output this build leaves half-written is never taken for the published site
        saveOptions(options);
      }
      Outcome outcome = build(settings, base, store, clean || fullBuild || interrupted);
      saveOptions(options);
      return outcome;
    }
  }

  private void saveOptions(OutputOptions options) {
    try {
      options.save(output);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record the options of the build of " + output + ": " + org.briefing.problem.IoReason.of(e), e);
    }
  }

  /**
   * Lets the build replace an output folder with files in it that no build made (everything in it
   * is deleted); without it, such a folder is an error ({@link OutputChoice#claim}).
   */
  public BuildPlanner force(boolean replace) {
    this.force = replace;
    return this;
  }

  /** How far the build got with changing the output; read when it failed. */
  public Stage stage() {
    return stage;
  }

  /** Warnings about the output and the cache that the build found before it began: one each at most. */
  public List<Problem> notices() {
    return List.copyOf(notices);
  }

  private Outcome build(BuildSettings settings, URI base, CacheStore store, boolean clean) {
    long start = System.nanoTime();
    // the last build's cache is read on the second core while this one stamps the inputs
    CompletableFuture<CacheStore.Snapshot> reading = clean
        ? CompletableFuture.completedFuture(null)
        : CompletableFuture.supplyAsync(store::snapshot);
    InputStamp looked = InputStamp.of(settings, base);
    long checked = System.nanoTime();
    CacheStore.Snapshot snapshot = reading.join();
    // a file written again within the tick of the last build's look at it, keeping its stamp, is read again as an edited one
    Map<java.nio.file.Path, Long> unseen = snapshot == null ? Map.of() : InputStamp.changedUnseen(snapshot.last.written());
    InputStamp stamp = looked.distrusting(unseen);
    CacheStore.LastBuild unchanged = unseen.isEmpty() ? store.unchangedSince(snapshot, stamp.value(), settings.now()) : null;
    if (unchanged != null) {
      if (!stamp.written().equals(unchanged.written())) {
        store.settle(snapshot, stamp.written());
      }
      snapshot.close();
      failOnWarnings(unchanged.warnings());
      return new Outcome(new SiteBuilder.Result(null, List.of(), unchanged.warnings(), unchanged.stories(), 0, 0, List.of(), List.of()),
          Way.UP_TO_DATE, List.of(new SiteBuilder.Timing("check", (System.nanoTime() - start) / 1_000_000)));
    }
    Outcome edited = snapshot == null ? null : afterEdit(settings, base, store, stamp, snapshot, start, checked);
    if (edited != null) {
      return edited;
    }
    BuildCache cache = store.damaged() ? new BuildCache() : store.load(snapshot);
    if (snapshot != null) {
      snapshot.close();
    }
    if (store.damaged()) {
      // a story's record that fails its checksum may not be the only one changed: nothing of it is kept
      cache.clear();
      notices.add(Problem.warning(SourcePosition.of(store.dir()), "the build cache was changed since it was saved"
          + " (a checksum does not match); this build ignores it and builds everything", null));
    }
    long loaded = System.nanoTime();
    cache.keepPhotosIn(store.dir().resolve(CacheStore.PHOTOS), clean);
    SiteBuilder builder = new SiteBuilder(cache, progress);
    SiteBuilder.Result result;
    boolean incremental = !cache.isEmpty();
    Runnable oldSiteGone = () -> {};
    if (incremental) {
      MemorySink changes = new MemorySink();
      result = builder.build(settings, base, changes, true, stamp);
      failOnWarnings(result.warnings());
      update(changes, result.removed());
    } else {
      try (StagedOutput staged = new SiteWriter().stage(output)) {
        result = builder.build(settings, base, staged, false, stamp);
        failOnWarnings(result.warnings());
        unfinished.begin();
        stage = Stage.REPLACING;
        // the old site is deleted while the cache is saved
        oldSiteGone = staged.commitLeavingOld();
      }
    }
    stage = Stage.WRITTEN;
    long written = System.nanoTime();
    try {
      cache.recordInputs(recordPublished(settings, stamp, result.published()));
      if (cache.changed()) {
        store.save(cache);
      }
    } finally {
      oldSiteGone.run();
    }
    unfinished.end();
    return new Outcome(result, incremental ? Way.FULL : Way.CLEAN, timings(start, checked, loaded, result, written));
  }

  /**
   * The rebuild after an edit that left the site's shape as it was ({@link EditRebuild}): the
   * pages that show the edited stories are rendered and written over the output. Null when the
   * change was of another kind, or a part of the cache it read was damaged, for the full rebuild to do.
   */
  private Outcome afterEdit(BuildSettings settings, URI base, CacheStore store, InputStamp stamp,
      CacheStore.Snapshot snapshot, long start, long checked) {
    long read = System.nanoTime();
    EditRebuild edit = new EditRebuild();
    MemorySink changes = new MemorySink();
    SiteBuilder.Result result;
    try {
      result = edit.build(settings, base, stamp, snapshot, changes);
    } catch (RuntimeException e) {
      if (!store.damaged()) {
        throw e;
      }
      return null;
    }
    if (result == null) {
      return null;
    }
    if (strict && !result.warnings().isEmpty()) {
      snapshot.close();
      failOnWarnings(result.warnings());
    }
    update(changes, List.of());
    stage = Stage.WRITTEN;
    long written = System.nanoTime();
    store.saveEdit(snapshot, edit.edit());
    unfinished.end();
    return new Outcome(result, Way.EDIT, timings(start, checked, read, result, written));
  }

  /** Writes the changed files over the output and removes {@code removed}, noting first that the output is changing. */
  private void update(MemorySink changes, List<String> removed) {
    // before the note: a file in the way is found while the output is still the last build's
    new SiteWriter().checkPlaces(output, changes.files(), removed);
    unfinished.begin();
    stage = Stage.UPDATING;
    new SiteWriter().apply(output, changes.files(), removed);
  }

  /**
   * How long each phase took: checking the inputs until {@code checked}, reading the cache until
   * {@code cached}, the build's own phases, writing until {@code written}, and saving the cache until now.
   */
  private static List<SiteBuilder.Timing> timings(long start, long checked, long cached, SiteBuilder.Result result, long written) {
    List<SiteBuilder.Timing> timings = new ArrayList<>();
    timings.add(new SiteBuilder.Timing("check", (checked - start) / 1_000_000));
    timings.add(new SiteBuilder.Timing("cache", (cached - checked) / 1_000_000));
    timings.addAll(result.timings());
    long built = result.timings().stream().mapToLong(SiteBuilder.Timing::millis).sum();
    timings.add(new SiteBuilder.Timing("write", (written - cached) / 1_000_000 - built));
    timings.add(new SiteBuilder.Timing("save", (System.nanoTime() - written) / 1_000_000));
    return List.copyOf(timings);
  }

  /**
   * Writes the site's record of published addresses when the build changed it, and returns the
   * stamp of the inputs as the next build will find them. When the record cannot be written, the
   * build stands, with a warning; the next build then finds its inputs changed and tries again.
   */
  private InputStamp recordPublished(BuildSettings settings, InputStamp stamp, String published) {
    if (published == null) {
      return stamp;
    }
    Path file = settings.siteDir().resolve(PublishedAddresses.FILE);
    byte[] bytes = published.getBytes(StandardCharsets.UTF_8);
    try {
      Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".published-addresses", ".tmp");
      try {
        Files.write(temp, bytes);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      notices.add(Problem.warning(SourcePosition.of(file), "cannot record the addresses this build published: " + e.getMessage(),
          "a moved story's old address is caught only once they are recorded; make the file writable"));
      return stamp;
    }
    return stamp.withPublished(bytes);
  }

  /** With --strict, a build with warnings fails before it writes anything (or saves its cache), the warnings reported as errors. */
  private void failOnWarnings(List<Problem> warnings) {
    if (strict && !warnings.isEmpty()) {
      throw new BuildFailure(warnings.stream().map(w -> Problem.error(w.position(), w.message(), w.hint())).toList());
    }
  }

  /**
   * The planner of the preview server, which builds into memory and keeps its cache there between
   * builds: up to date when no input changed and no story came due, else the rebuild after an edit
   * when it applies, else a full build against the cache of the last one, or a clean build when
   * there is none (the first, or after a failure that may have stopped a build halfway).
   */
  public static final class InMemory {
    private BuildCache cache = new BuildCache();
    private SiteBuilder builder = new SiteBuilder(cache);
    private final Map<String, OutputFile> files = new TreeMap<>();
    private long stamp;
    private List<InputStamp.Written> written = List.of();
    private SiteBuilder.Result last;

    /** Builds the site of {@code settings} for {@code base}; {@link #files()} then holds all of it. */
    public synchronized Outcome build(BuildSettings settings, URI base) {
      long start = System.nanoTime();
      // a file written again within the tick of the last build's look at it, keeping its stamp, is read again as an edited one
      Map<java.nio.file.Path, Long> unseen = InputStamp.changedUnseen(written);
      InputStamp inputs = InputStamp.of(settings, base).distrusting(unseen);
      // what this build's cache may hold of the files written just before it looked, should it fail
      written = inputs.written();
      if (last != null && unseen.isEmpty() && inputs.value() == stamp
          && BuildCache.sameStoriesDue(settings.now().toEpochMilli(), cache.lastRelease, cache.nextRelease)) {
        return new Outcome(last, Way.UP_TO_DATE, List.of(new SiteBuilder.Timing("check", (System.nanoTime() - start) / 1_000_000)));
      }
      Way way = files.isEmpty() ? Way.CLEAN : Way.FULL;
      try {
        MemorySink changed = new MemorySink();
        EditRebuild edit = new EditRebuild();
        SiteBuilder.Result result = way == Way.FULL && cache.siteGraph != null
            ? edit.build(settings, base, inputs, new InMemoryKept(cache), changed) : null;
        if (result != null) {
          way = Way.EDIT;
          keep(edit.edit());
        } else {
          changed = new MemorySink();
          // the preview records no published addresses: it shows drafts, and publishes nothing
          result = builder.build(settings, base, changed, way == Way.FULL, inputs, false);
        }
        changed.files().forEach(file -> files.put(file.path(), file));
        result.removed().forEach(files::remove);
        stamp = inputs.value();
        last = result;
        return new Outcome(result, way, result.timings());
      } catch (BuildFailure failure) {
        last = null;
        // a full build that failed may have left some stories of its own in the cache, which the
        // graph of the last good build does not describe: the next build is a full one
        cache.siteGraph = null;
        throw failure;
      } catch (RuntimeException | Error unexpected) {
        forget();
        throw unexpected;
      }
    }

    /** Forgets every build before: the next one is a clean build. */
    private void forget() {
      cache = new BuildCache();
      builder = new SiteBuilder(cache);
      files.clear();
      last = null;
    }

    /** When the next story the last build left out for its date is due (epoch milliseconds), else {@code Long.MAX_VALUE}. */
    public synchronized long nextRelease() {
      return cache.nextRelease;
    }

    /** Every file of the last build that succeeded, by path. */
    public synchronized List<OutputFile> files() {
      return List.copyOf(files.values());
    }

    /** Keeps in the cache what a rebuild after an edit changed, as a full build would have left it. */
    private void keep(EditRebuild.Edit edit) {
      edit.changed().values().forEach(entry -> cache.articles.put(entry.stamp().path(), entry));
      cache.outputs.clear();
      cache.outputs.putAll(edit.outputs());
      cache.fieldsRead.clear();
      cache.fieldsRead.putAll(edit.fieldsRead());
      cache.documentFrequency.clear();
      cache.documentFrequency.putAll(edit.documentFrequency());
      cache.siteGraph = edit.graph();
      if (edit.searchLists() != null) {
        // the kept lists may name analyses of documents edited since: the earlier ones are kept with
        // the new, until half of them are of no use and the lists are kept anew
        Map<Long, org.briefing.search.AnalysedDocument> documents = new java.util.HashMap<>(cache.searchDocuments);
        documents.putAll(edit.analysed());
        if (edit.listsToKeep() != null) {
          cache.searchLists = edit.listsToKeep();
        }
        if (documents.size() > 2 * edit.searchLists().size()) {
          documents = edit.searchLists().analyses(documents::get);
          cache.searchLists = edit.searchLists().encode();
        }
        cache.searchDocuments = documents;
      }
      cache.warnings = edit.warnings();
      cache.inputStamp = edit.inputStamp();
      cache.written = edit.written();
    }
  }

  /** What the preview's last build kept in memory, as the rebuild after an edit reads it. */
  private static final class InMemoryKept implements Kept {
    private final BuildCache cache;
    private final Map<java.nio.file.Path, Integer> storyByFile = new java.util.HashMap<>();

    InMemoryKept(BuildCache cache) {
      this.cache = cache;
      for (int i = 0; i < cache.siteGraph.stories().size(); i++) {
        storyByFile.put(cache.siteGraph.stories().get(i).file().path(), i);
      }
    }

    @Override
    public long nextRelease() {
      return cache.nextRelease;
    }

    @Override
    public long lastRelease() {
      return cache.lastRelease;
    }

    @Override
    public List<Problem> warnings() {
      return cache.warnings;
    }

    @Override
    public Map<String, Long> outputs() {
      return cache.outputs;
    }

    @Override
    public Map<String, Long> fieldsRead() {
      return cache.fieldsRead;
    }

    @Override
    public boolean outputsThere() {
      return true; // the preview's files are in its memory, where nothing removes them
    }

    @Override
    public org.briefing.pipeline.SiteGraph siteGraph() {
      return cache.siteGraph;
    }

    @Override
    public Map<java.nio.file.Path, Integer> storyByFile() {
      return storyByFile;
    }

    @Override
    public BuildCache.Entry entry(int i) {
      return cache.articles.get(cache.siteGraph.stories().get(i).file().path());
    }

    @Override
    public String terms(int i) {
      return entry(i).terms();
    }

    @Override
    public Map<String, Integer> documentFrequency() {
      return cache.documentFrequency;
    }

    @Override
    public int documents() {
      return cache.documents;
    }

    @Override
    public Map<Long, org.briefing.search.AnalysedDocument> searchDocuments() {
      return cache.searchDocuments;
    }

    @Override
    public org.briefing.search.AnalysedDocument searchDocument(long key) {
      return cache.searchDocuments.get(key);
    }

    @Override
    public byte[] searchLists() {
      return cache.searchLists;
    }
  }
}
