package org.briefing.rebuild;

import org.briefing.pipeline.ArticleStage;
import org.briefing.pipeline.BuildCache;
import org.briefing.pipeline.InputStamp;
import org.briefing.pipeline.SiteGraph;
import org.briefing.pipeline.OwnLinks;

import org.briefing.pipeline.SiteBuilder;
import org.briefing.pipeline.SiteInputs;
import org.briefing.pipeline.Clock;
import org.briefing.pipeline.CountingSink;

import java.net.URI;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.briefing.config.SiteConfig;
import org.briefing.enrich.SummaryWriter;
import org.briefing.load.ContentLoader;
import org.briefing.load.ContentLoader.ContentFile;
import org.briefing.load.RawEdition;
import org.briefing.markdown.MarkdownRenderer;
import org.briefing.model.Article;
import org.briefing.model.BuildSettings;
import org.briefing.model.PageAssembler;
import org.briefing.model.Placement;
import org.briefing.model.SitePage;
import org.briefing.model.StoryReads;
import org.briefing.model.Site;
import org.briefing.enrich.EditionBuilder;
import org.briefing.enrich.SiteIndexer;
import org.briefing.enrich.SiteShape;
import org.briefing.enrich.PhotoCredits;
import org.briefing.problem.Problem;
import org.briefing.problem.Problems;
import org.briefing.render.OutputSink;
import org.briefing.render.SiteRenderer;
import org.briefing.render.Templates;
import org.briefing.render.StoryIndex;

/**
 * A rebuild after an edit that changed what some stories say but not where they stand: every
 * story's {@link org.briefing.model.Placement} is as it was, and so is every other input. The
 * indexers then give, from the placements stored in the {@link SiteGraph}, the shape the last build
 * had, and only the pages that received the edited stories (and stories whose summaries the edit
 * changed) are rendered again; every other story stays in the cache file, undecoded until a page
 * asks for it. Any other change is left to the full rebuild ({@link SiteBuilder}), which gives the
 * same output more slowly.
 */
public final class EditRebuild {
  /** More edited stories than this are left to the full rebuild, which works on all cores from the start. */
  private static final int MOST_EDITED = 16;
  /** More stories to summarize again than this (an edit that moved the weight of common words), likewise. */
  private static final int MOST_SUMMARIZED = 200;

  private Edit edit;

  /**
   * What the rebuild changed of what the last build kept, for the next build: the stamp of the
   * inputs it read, its warnings, the fingerprints of every output file, the word counts, the site
   * graph, the stories it made anew by position (the first {@code keptTexts} of the site are kept
   * with their text), the search index's documents it analysed and the lists it laid the index out
   * from (null when it did not lay the index out: the last build's are right), and those lists
   * encoded when it gathered them anew (null: the kept ones stay).
   */
  public record Edit(long inputStamp, List<InputStamp.Written> written, List<Problem> warnings, Map<String, Long> outputs, Map<String, Long> fieldsRead,
      Map<String, Integer> documentFrequency,
      SiteGraph graph, Map<Integer, BuildCache.Entry> changed, int keptTexts,
      Map<Long, org.briefing.search.AnalysedDocument> analysed, org.briefing.search.IndexLists searchLists, byte[] listsToKeep) {}

  /**
   * Renders into {@code sink} the files the edit changed and returns what the build made; null when
   * the change is not one this handles, or the last build left no graph of its site.
   */
  SiteBuilder.Result build(BuildSettings settings, URI baseUrlOverride, InputStamp stamp, Kept kept, OutputSink sink) {
    Clock clock = new Clock();
    if (!BuildCache.sameStoriesDue(settings.now().toEpochMilli(), kept.lastRelease(), kept.nextRelease())) {
      return null;
    }
    // a file someone deleted from the output is made again by the full rebuild; looked for meanwhile
    CompletableFuture<Boolean> outputsThere = CompletableFuture.supplyAsync(kept::outputsThere);
    // the configuration and sources are read and the templates parsed on the second core while this
    // one reads the site graph and finds the edited stories
    Problems inputProblems = new Problems();
    CompletableFuture<SiteInputs> reading = CompletableFuture.supplyAsync(() -> SiteInputs.read(settings, baseUrlOverride, inputProblems));
    CompletableFuture<Templates> templates = CompletableFuture.supplyAsync(() -> {
      Templates parsed = new Templates(settings.templatesDir());
      parsed.prepare();
      return parsed;
    });
    // then the lists the last build laid the search index out from, and where search.bin's documents
    // are, should the edit change the index: it is laid out last, and the configuration is needed first
    CompletableFuture<org.briefing.search.IndexLists> searchLists = CompletableFuture.supplyAsync(() -> {
      kept.searchDocument(0);
      return org.briefing.search.IndexLists.decode(kept.searchLists());
    });
    SiteGraph graph = kept.siteGraph();
    if (graph == null) {
      return null;
    }
    List<ContentFile> others = new ArrayList<>();
    Map<Integer, ContentFile> edited = editedStories(stamp, graph, kept.storyByFile(), others);
    if (edited == null) {
      return null;
    }
    SiteInputs inputs = joined(reading);
    if (inputProblems.hasErrors()) {
      return null;
    }
    SiteConfig config = inputs.config();
    ContentLoader loader = inputs.loader();
    MarkdownRenderer markdown = new MarkdownRenderer(config.rawHtml() == SiteConfig.RawHtml.ALLOW, config.basePath());
    // the indexers of a full build, run on the stored placements, give the stored order and the
    // site's shape; they start on the second core once it is free, while this one assembles the
    // edited stories, and this one, once it needs the shape, does the parts the other has not
    // started (the groupings and sources while the other does the editions). The
    // edition files are read again (they are unchanged, as the frame says); they are among the
    // files that are no story: scanning only those spares sorting and taking apart the path of
    // every story file
    Problems shapeProblems = new Problems();
    ContentLoader.Scan notStories = loader.scan(others);
    List<RawEdition> editionFiles = loader.readEditions(notStories);
    PageAssembler.Pages pageFiles = PageAssembler.read(notStories.pages(), loader, config, settings, markdown, shapeProblems);
    List<SitePage> sitePages = pageFiles.published();
    EditionBuilder editions = new EditionBuilder(config, inputs.strings(), markdown, graph.waiting(), settings.drafts(), shapeProblems);
    SiteIndexer.Shaping shaping = new SiteIndexer.Shaping(graph.placements(), editions, editionFiles, config.groups(), inputs.terms(),
        config.language(), shapeProblems);
    ForkJoinTask.adapt(shaping).fork();
    Problems storyProblems = new Problems();
    ArticleStage stage = new ArticleStage(config, settings, inputs.registry(), markdown, loader, storyProblems, new BuildCache(),
        inputs.storyKey(settings), stamp);
    Map<Integer, BuildCache.Entry> after = new HashMap<>();
    for (Map.Entry<Integer, ContentFile> e : edited.entrySet()) {
      stage.remember(kept.entry(e.getKey()).assembled());
      BuildCache.Entry fresh = stage.assemble(e.getValue());
      // the indexers read only placements: with every placement as it was, so is the site's shape
      if (fresh == null || !Placement.of(fresh.assembled()).equals(graph.stories().get(e.getKey()).placement())) {
        return null;
      }
      after.put(e.getKey(), fresh);
    }
    if (storyProblems.hasErrors()) {
      return null;
    }
    clock.lap("edited");

    Map<String, Integer> df = new HashMap<>(kept.documentFrequency());
    Set<String> touched = new HashSet<>();
    after.forEach((i, fresh) -> {
      String old = kept.terms(i);
      if (!old.equals(fresh.terms())) {
        ArticleStage.count(df, BuildCache.termList(old), -1, touched);
        ArticleStage.count(df, fresh.termList(), 1, touched);
      }
    });
    Set<String> moved = ArticleStage.movedWeights(touched, kept.documentFrequency(), kept.documents(), df,
        kept.documents());
    if (moved == null) {
      return null;
    }
    Set<Integer> toSummarize = new TreeSet<>(after.keySet());
    // a word no story but the edited ones uses (a new word, typically) changes no other summary
    moved.removeIf(word -> df.getOrDefault(word, 0) == after.values().stream().filter(e -> BuildCache.uses(e.terms(), word)).count());
    if (!moved.isEmpty()) {
      for (int i = 0; i < graph.stories().size(); i++) {
        if (!after.containsKey(i) && ArticleStage.usesAny(kept.terms(i), moved)) {
          toSummarize.add(i);
        }
      }
    }
    if (toSummarize.size() > MOST_SUMMARIZED) {
      return null;
    }
    SummaryWriter writer = stage.summaryWriter(df, kept.documents());
    Map<Integer, BuildCache.Entry> changed = new HashMap<>();
    for (int i : toSummarize) {
      BuildCache.Entry entry = after.containsKey(i) ? after.get(i) : kept.entry(i).boundTo(markdown);
      if (Stories.moved(entry, graph.stories().get(i).placement())) {
        return null; // the cache keeps the story as its file makes it, and the full rebuild gives it its address again
      }
      BuildCache.Entry done = ArticleStage.summarized(entry, writer).withKey();
      if (after.containsKey(i) || done.key() != graph.stories().get(i).key()) {
        changed.put(i, done);
      }
    }
    clock.lap("summary");

    SiteShape shape = shaping.join();
    if (shapeProblems.hasErrors() || !shape.keepsOrder()) {
      return null;
    }
    Stories stories = new Stories(kept, graph, markdown, changed);
    StoryReads reads = new StoryReads();
    Site site = shape.bind(config, stories, reads, sitePages);
    StoryIndex index = StoryIndex.of(shape, site, stories::positionOf, stories::keyOf, reads);
    // a page that showed a changed story is rendered again when the story's view changed in a
    // component that the page's last rendering read (all of them, for a page that read the story
    // itself), and so is the story's own page
    Set<String> pages = new HashSet<>();
    SiteRenderer.FieldChanges fieldChanges = SiteRenderer.fieldChanges(inputs.strings(), site, index);
    boolean anyChanged = false;
    for (Map.Entry<Integer, BuildCache.Entry> e : changed.entrySet()) {
      SiteGraph.Story was = graph.stories().get(e.getKey());
      if (e.getValue().key() == was.key()) {
        continue;
      }
      anyChanged = true;
      BuildCache.Entry before = kept.entry(e.getKey()).boundTo(markdown);
      long differing = Stories.moved(before, was.placement()) ? StoryReads.EVERY_FIELD
          : fieldChanges.between(e.getKey(), before.article(), e.getValue().article());
      // the story's own page shows all of it and does not note what it reads of it (StoryReads.own)
      String own = was.placement().path() + "index.html";
      for (int page : was.pages()) {
        String path = graph.pages().get(page);
        Long read = kept.fieldsRead().get(path);
        if (read == null || (read & differing) != 0 || path.equals(own)) {
          pages.add(path);
        }
      }
    }
    if (anyChanged) {
      // the search index reads every story's words; which of its files an edit changes is known once they are made
      kept.outputs().keySet().stream().filter(SiteRenderer::readsEveryStory).forEach(pages::add);
    }
    if (!outputsThere.join()) {
      return null;
    }
    Map<String, Long> previous = kept.outputs();
    CountingSink counted = new CountingSink(sink);
    Map<String, Long> outputs = new HashMap<>(previous);
    Map<String, Long> fieldsRead = new HashMap<>(kept.fieldsRead());
    // the documents of the search index as the last build analysed them: only the edited stories are analysed again
    // and the fragments of the index are laid out again only where the edited stories' words are
    Map<Integer, Long> before = new HashMap<>();
    changed.keySet().forEach(i -> before.put(i, graph.stories().get(i).key()));
    org.briefing.search.Analyses analyses = new org.briefing.search.Analyses(kept::searchDocument, kept::searchDocuments,
        before, searchLists::join);
    Problems renderProblems = new Problems();
    outputs.putAll(new SiteRenderer(joined(templates), inputs.strings(), renderProblems, analyses, settings.now())
        .render(site, index, counted, (path, fingerprint) -> !Long.valueOf(fingerprint).equals(previous.get(path)), pages, null,
            fieldsRead));
    renderProblems.throwIfErrors();
    clock.lap("render");
    // the links of every text, the edited stories' as they are now and the others' as the graph
    // keeps them, against the site's addresses, which an edit leaves as they were
    List<OwnLinks.Text> texts = new ArrayList<>(OwnLinks.siteTexts(config, inputs.registry(), sitePages, shape.editions()));
    for (int i = 0; i < graph.stories().size(); i++) {
      SiteGraph.Story story = graph.stories().get(i);
      texts.add(new OwnLinks.Text(story.placement().file(), story.placement().path(),
          after.containsKey(i) ? after.get(i).assembled().links() : story.links()));
    }
    Problems linkProblems = new Problems();
    OwnLinks own = new OwnLinks(inputs.writtenBase(), config.baseUrl(), config.basePath(), outputs.keySet(),
        org.briefing.render.Redirects.ownSources(settings.staticDir(), config.basePath()),
        OwnLinks.held(graph.waiting(), pageFiles.held(), editions.heldEditions()));
    own.check(texts, linkProblems);
    linkProblems.throwIfErrors();

    List<SiteGraph.Story> table = new ArrayList<>(graph.stories());
    changed.forEach((i, entry) -> table.set(i, table.get(i).withFile(entry.stamp(), entry.key(), own.kept(entry.assembled().links()),
        PhotoCredits.Credit.of(entry.assembled()))));
    // the credits' check over every story, as a full build makes it: an edit of one story can make or mend another's warning
    Problems credits = new Problems();
    PhotoCredits.check(table.stream().map(s -> s.file().path()).toList(), table.stream().map(SiteGraph.Story::credit).toList(), credits);
    List<Problem> ofShape = new ArrayList<>(shapeProblems.all());
    ofShape.addAll(credits.all());
    List<Problem> warnings = warnings(kept.warnings().stream().filter(p -> !PhotoCredits.isItsWarning(p)).toList(), edited, after, ofShape);
    SiteGraph newGraph = new SiteGraph(graph.frame(), List.copyOf(table), graph.leftOut(), graph.waiting(), graph.pages());
    int keptTexts = config.feedEntries();
    edit = new Edit(stamp.value(), stamp.written(), warnings, outputs, fieldsRead, df, newGraph, changed, keptTexts,
        analyses.made(), analyses.lists(), analyses.listsToKeep());
    return new SiteBuilder.Result(config, List.of(), warnings, graph.stories().size(), counted.pages(), counted.files(), List.of(),
        clock.laps(), null, analyses.work());
  }

  /** What the last {@link #build} that did not give up changed, to be kept for the next build once its files are written. */
  Edit edit() {
    return edit;
  }

  /**
   * The edited stories by position, with their files' new stamps; null when anything else
   * changed, or nothing did, or too many stories did. The files under {@code content/} that are
   * no story the last build read (edition files among them) are added to {@code others}.
   */
  private static Map<Integer, ContentFile> editedStories(InputStamp stamp, SiteGraph graph, Map<Path, Integer> position,
      List<ContentFile> others) {
    Map<Path, ContentFile> leftOut = new HashMap<>();
    graph.leftOut().forEach(f -> leftOut.put(f.path(), f));
    Map<Integer, ContentFile> edited = new HashMap<>();
    SiteGraph.Frame frame = new SiteGraph.Frame();
    for (ContentFile file : stamp.content()) {
      Integer at = position.get(file.path());
      ContentFile was = at != null ? graph.stories().get(at).file() : leftOut.get(file.path());
      if (was == null) {
        frame.other(file.path().toString(), file);
        others.add(file);
        continue;
      }
      frame.story();
      if (was.size() != file.size() || was.stamp() != file.stamp()) {
        if (at == null) {
          return null;
        }
        edited.put(at, file);
      }
    }
    if (edited.isEmpty() || edited.size() > MOST_EDITED || frame.value(stamp.outside()) != graph.frame()) {
      return null;
    }
    return edited;
  }

  /** The last build's warnings, with those of the edited stories as they are now. */
  private static List<Problem> warnings(List<Problem> last, Map<Integer, ContentFile> edited, Map<Integer, BuildCache.Entry> after,
      List<Problem> ofShape) {
    Set<Path> files = new HashSet<>();
    edited.values().forEach(f -> files.add(f.path()));
    List<Problem> warnings = new ArrayList<>();
    last.stream().filter(p -> !files.contains(p.position().file())).forEach(warnings::add);
    after.values().forEach(e -> warnings.addAll(e.problems()));
    // the shape's warnings (spellings merged into one term) are the last build's, as the shape is;
    // those at an edited file were dropped above, and come back here once
    warnings.addAll(ofShape);
    return warnings.stream().distinct().sorted(Problem.ORDER).toList();
  }

  /**
   * The site's stories in order, each decoded from the cache file the first time a page asks
   * for it; the changed ones as this build made them.
   */
  private static final class Stories extends AbstractList<Article> implements RandomAccess {
    private final Kept kept;
    private final SiteGraph graph;
    private final MarkdownRenderer markdown;
    private final Map<Integer, BuildCache.Entry> changed;
    private final AtomicReferenceArray<Article> decoded;
    private final Map<Article, Integer> positions = new IdentityHashMap<>();

    Stories(Kept kept, SiteGraph graph, MarkdownRenderer markdown, Map<Integer, BuildCache.Entry> changed) {
      this.kept = kept;
      this.graph = graph;
      this.markdown = markdown;
      this.changed = changed;
      this.decoded = new AtomicReferenceArray<>(graph.stories().size());
    }

    @Override
    public Article get(int i) {
      Article article = decoded.get(i);
      if (article != null) {
        return article;
      }
      BuildCache.Entry entry = changed.containsKey(i) ? changed.get(i) : kept.entry(i).boundTo(markdown);
      article = entry.article();
      Placement placement = graph.stories().get(i).placement();
      if (moved(entry, placement)) {
        article = article.withAddress(placement.slug(), placement.path());
      }
      // two threads may decode the same story at once; the first one's copy is the one kept
      synchronized (positions) {
        if (decoded.get(i) != null) {
          return decoded.get(i);
        }
        positions.put(article, i);
        decoded.set(i, article);
      }
      return article;
    }

    @Override
    public int size() {
      return graph.stories().size();
    }

    int positionOf(Article article) {
      synchronized (positions) {
        return positions.get(article);
      }
    }

    long keyOf(int i) {
      return changed.containsKey(i) ? changed.get(i).key() : graph.stories().get(i).key();
    }

    /**
     * Whether the story of {@code entry} was given another address than its file makes
     * ({@code Addresses.settle}: its headline makes another story's address), which the cache
     * does not keep with it; the site graph's key of such a story is that of the story at its
     * {@code placement}, as the full build keyed it.
     */
    static boolean moved(BuildCache.Entry entry, Placement placement) {
      return !entry.assembled().path().equals(placement.path());
    }
  }

  /** The result of work done on another thread, with its exception as thrown there. */
  private static <T> T joined(CompletableFuture<T> work) {
    try {
      return work.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException thrown) {
        throw thrown;
      }
      throw e;
    }
  }
}
