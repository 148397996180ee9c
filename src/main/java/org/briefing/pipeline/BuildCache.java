package org.briefing.pipeline;


import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.load.ContentLoader.ContentFile;
import org.briefing.model.Article;
import org.briefing.problem.Problem;

/**
 * What one build leaves for the next, so that a rebuild redoes only what changed: each story as
 * it was assembled and summarized, with the stamp of its file, and the fingerprint of every
 * output file. The preview server keeps one in memory; {@code briefing build} keeps one on disk
 * (the disk cache, CacheStore).
 */
public final class BuildCache {
  /** The resized photos, by the content of their originals: in memory unless {@link #keepPhotosIn} names a folder. */
  private org.briefing.photo.PhotoCache photos = org.briefing.photo.PhotoCache.inMemory();

  /**
   * Keeps the resized photos in {@code dir}, where the next build (even a clean one) finds them; a
   * {@code clean} build reads every original to know it, trusting no file's size and time.
   */
  public void keepPhotosIn(Path dir, boolean clean) {
    photos = clean ? org.briefing.photo.PhotoCache.readingEveryOriginal(dir) : org.briefing.photo.PhotoCache.in(dir);
  }

  public org.briefing.photo.PhotoCache photos() {
    return photos;
  }

  /**
   * A story as the last build made it, with what it depended on and the fingerprint of all of it
   * ({@code key}), which is 0 until {@link #withKey} works it out.
   */
  public record Entry(ContentFile stamp, long inputKey, Article assembled, String terms, Article.Summary summary,
      List<String> keyPoints, List<Problem> problems, long key) {

    public Entry withBody(org.briefing.model.Body body) {
      return new Entry(stamp, inputKey, assembled.withBody(body), terms, summary, keyPoints, problems, key);
    }

    /** The story as the site shows it: assembled, with its summary and key points. */
    public Article article() {
      Article article = assembled.withSummary(summary);
      return keyPoints == null ? article : article.withKeyPoints(keyPoints);
    }

    /** This entry with the fingerprint of {@link #article()} filled in, when it is not known yet (0). */
    public Entry withKey() {
      return key != 0 ? this : new Entry(stamp, inputKey, assembled, terms, summary, keyPoints, problems,
          new org.briefing.fingerprint.Fingerprint().addComponents(article()).value());
    }

    /** The story's distinct content words, which it adds to the site's document frequencies. */
    public List<String> termList() {
      return BuildCache.termList(terms);
    }

    /** This entry with a body taken from the cache bound to {@code markdown}, the renderer of the build that uses it. */
    public Entry boundTo(org.briefing.markdown.MarkdownRenderer markdown) {
      return assembled.body() instanceof SourceBody stored ? withBody(stored.boundTo(markdown, assembled.path())) : this;
    }
  }

  /** The words of the space-separated {@code terms}. */
  public static List<String> termList(String terms) {
    return terms.isEmpty() ? List.of() : List.of(terms.split(" "));
  }

  /** Whether the space-separated {@code terms} include {@code word}: a search, without splitting them. */
  public static boolean uses(String terms, String word) {
    for (int at = terms.indexOf(word); at >= 0; at = terms.indexOf(word, at + 1)) {
      int end = at + word.length();
      if ((at == 0 || terms.charAt(at - 1) == ' ') && (end == terms.length() || terms.charAt(end) == ' ')) {
        return true;
      }
    }
    return false;
  }

  public final Map<Path, Entry> articles = new HashMap<>();
  /** The fingerprints of the last build's output files, by path; the build that records its own replaces them. */
  public final Map<String, Long> outputs = new HashMap<>();
  /**
   * The components of story views that each page read when it was last rendered
   * ({@link org.briefing.model.StoryReads#noting}), by path; a page missing counts as having read all of them.
   */
  public final Map<String, Long> fieldsRead = new HashMap<>();
  /**
   * The search index's documents as the last build analysed them, each under the fingerprint of
   * what it was analysed from ({@link org.briefing.search.Analyses}).
   */
  public Map<Long, org.briefing.search.AnalysedDocument> searchDocuments = Map.of();
  /** The lists the last build laid the search index out from ({@link org.briefing.search.IndexLists#encode}), or null. */
  public byte[] searchLists;
  /** How many of the stories use each word, and how many stories there were, for the summarizer's word weights. */
  public final Map<String, Integer> documentFrequency = new HashMap<>();
  public int documents;
  /** The {@link InputStamp} of the files the last build read, taken before it read them (0: unknown). */
  public long inputStamp;
  /** What the files written just before that stamp held ({@link InputStamp#written}). */
  public List<InputStamp.Written> written = List.of();
  /** When a story the last build left out for its future date is due (epoch milliseconds), else {@code Long.MAX_VALUE}. */
  public long nextRelease = Long.MAX_VALUE;
  /**
   * The date of the latest story the last full build published (epoch milliseconds): a build at
   * an earlier moment (a clock put back, an older SOURCE_DATE_EPOCH) would leave it out, so the
   * output holds only from this moment to {@link #nextRelease}; {@code Long.MAX_VALUE} when unknown.
   */
  public long lastRelease = Long.MAX_VALUE;

  /**
   * Whether the stories due at {@code now} are those a build published whose latest story is dated
   * {@code lastRelease} and whose next left-out story is due at {@code nextRelease}: no story's date
   * lies between. The one rule of every way that keeps a build's output (epoch milliseconds).
   */
  public static boolean sameStoriesDue(long now, long lastRelease, long nextRelease) {
    return now >= lastRelease && now < nextRelease;
  }
  /** The number of stories and the warnings of the last build, to report again when nothing changed. */
  public int stories;
  public List<Problem> warnings = List.of();
  /** The shape of the site the last build made, when it knows it (a build given an {@link InputStamp}); else null. */
  public SiteGraph siteGraph;
  /** How many of the newest stories are saved with their text, which the feed shows. */
  public int keptTexts;
  /** Whether the last build changed anything that the cache records, so that it is worth saving. */
  boolean changed;

  /** An empty cache: the next build does everything. */
  public BuildCache() {}

  /** Notes the stamp of the inputs of the build about to run; a new stamp is worth saving. */
  public void recordInputs(InputStamp stamp) {
    changed |= stamp.value() != inputStamp || !stamp.written().equals(written);
    inputStamp = stamp.value();
    written = stamp.written();
  }

  public boolean changed() {
    return changed;
  }

  public boolean isEmpty() {
    return outputs.isEmpty();
  }

  /** Called as a build starts: nothing of it is worth saving yet. */
  public void beginBuild() {
    changed = false;
  }

  /** Records what a full build made: its outputs, when its next left-out story is due, its stories and warnings. */
  public void recordBuild(Map<String, Long> newOutputs, Map<String, Long> newFieldsRead, long newNextRelease, long newLastRelease,
      int storyCount, List<Problem> newWarnings, int newKeptTexts) {
    changed |= !newOutputs.equals(outputs) || !newFieldsRead.equals(fieldsRead) || nextRelease != newNextRelease
        || lastRelease != newLastRelease || stories != storyCount || !warnings.equals(newWarnings);
    outputs.clear();
    outputs.putAll(newOutputs);
    fieldsRead.clear();
    fieldsRead.putAll(newFieldsRead);
    nextRelease = newNextRelease;
    lastRelease = newLastRelease;
    stories = storyCount;
    warnings = newWarnings;
    keptTexts = newKeptTexts;
  }

  /** Records the graph of the site just built, made from the cached stories; none when {@code maker} is null. */
  public void recordGraph(java.util.function.Function<Map<Path, Entry>, SiteGraph> maker) {
    siteGraph = maker == null ? null : maker.apply(articles);
  }

  public void clear() {
    articles.clear();
    outputs.clear();
    fieldsRead.clear();
    documentFrequency.clear();
    documents = 0;
    inputStamp = 0;
    written = List.of();
    nextRelease = Long.MAX_VALUE;
    lastRelease = Long.MAX_VALUE;
    stories = 0;
    warnings = List.of();
    siteGraph = null;
    searchDocuments = Map.of();
    searchLists = null;
  }

  /** Keeps the search index's documents that {@code analyses} asked for, for the next build. */
  public void recordSearch(org.briefing.search.Analyses analyses) {
    changed |= analyses.analysed() > 0;
    searchDocuments = analyses.forNextBuild();
    searchLists = analyses.listsToKeep();
  }
}
