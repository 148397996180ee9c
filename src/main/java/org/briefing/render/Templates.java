package org.briefing.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.Environment;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.DefaultMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.briefing.config.SiteConfig;
import org.briefing.fingerprint.Fingerprint;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.Problem;
import org.briefing.problem.SourcePosition;

/**
 * The one Freemarker configuration of a build. A site's {@code templates/} folder is searched
 * first, then the theme bundled in the jar; {@code .ftlh} and {@code .ftlx} templates escape
 * every value by default.
 */
public final class Templates {
  static final String THEME = "/theme";

  static {
    // Briefing reports template problems itself; keep Freemarker from logging them a second time
    if (System.getProperty("org.freemarker.loggerLibrary") == null) {
      System.setProperty("org.freemarker.loggerLibrary", "none");
    }
  }

  private final Configuration freemarker;
  private final Path siteTemplates;
  private final long fingerprint;

  public Templates(Path siteTemplates) {
    this.siteTemplates = siteTemplates;
    this.fingerprint = fingerprintOf(siteTemplates);
    Configuration text = configured(new Configuration(Configuration.VERSION_2_3_34), siteTemplates, false);
    // Freemarker asks one loader for a template and for text included unparsed; the text is the
    // file's own, not the template the build would make of it (with its settings' checks)
    this.freemarker = configured(new Configuration(Configuration.VERSION_2_3_34) {
      @Override
      public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding, boolean parseAsFTL,
          boolean ignoreMissing) throws IOException {
        return parseAsFTL ? super.getTemplate(name, locale, customLookupCondition, encoding, true, ignoreMissing)
            : text.getTemplate(name, locale, customLookupCondition, encoding, false, ignoreMissing);
      }
    }, siteTemplates, true);
  }

  /** {@code cfg} set up as every build's, with a site loader that reads templates, or with {@code templates} false text included unparsed. */
  private static Configuration configured(Configuration cfg, Path siteTemplates, boolean templates) {
    List<TemplateLoader> loaders = new ArrayList<>();
    if (Files.isDirectory(siteTemplates)) {
      try {
        loaders.add(new SiteTemplateLoader(siteTemplates, templates));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    loaders.add(new ClassTemplateLoader(Templates.class, THEME) {
      @Override
      public Object findTemplateSource(String name) throws IOException {
        // by exactly its name: read from a folder of classes on a system that ignores letter case, Layout.ftlh would be found
        return THEME_FILES.contains(name) ? super.findTemplateSource(name) : null;
      }
    });
    cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setLocalizedLookup(false);
    cfg.setNumberFormat("computer");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    cfg.setSharedVariable(TemplateSettings.CHECK, new TemplateSettings.Check());
    DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
    wrapper.setMemberAccessPolicy(new HiddenFingerprints(DefaultMemberAccessPolicy.getInstance(Configuration.VERSION_2_3_34)));
    cfg.setObjectWrapper(wrapper.build());
    return cfg;
  }

  /**
   * Freemarker's standard rules of what a template may call, less the fingerprints of views, every
   * object's hash code and everything of the Java machine behind a value: a view's fingerprint is
   * the build's own bookkeeping, made of the story's file path; a hash code may be made of it or
   * of an object's identity; a value's class ({@code site.class}) leads to the path of
   * Briefing's jar and to objects printed with their identities ({@code protectionDomain},
   * {@code classLoader}); a static method called through a value, or a locale's names, answer
   * for the machine ({@code .locale_object.getDefault()}). A template that printed any of these would write other bytes for the
   * same site in another folder, on another machine or in another run.
   */
  private record HiddenFingerprints(MemberAccessPolicy standard) implements MemberAccessPolicy {
    @Override
    public ClassMemberAccessPolicy forClass(Class<?> type) {
      ClassMemberAccessPolicy members = standard.forClass(type);
      boolean fingerprinted = Fingerprint.Fingerprinted.class.isAssignableFrom(type);
      boolean machine = isMachine(type);
      return new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(java.lang.reflect.Method method) {
          String name = method.getName();
          return !machine && !name.equals("hashCode") && !name.equals("getClass") && !isMachine(method.getReturnType())
              && !java.lang.reflect.Modifier.isStatic(method.getModifiers())
              && !(fingerprinted && name.equals("fingerprint")) && members.isMethodExposed(method);
        }

        @Override
        public boolean isConstructorExposed(java.lang.reflect.Constructor<?> constructor) {
          return !machine && members.isConstructorExposed(constructor);
        }

        @Override
        public boolean isFieldExposed(java.lang.reflect.Field field) {
          return !machine && !isMachine(field.getType()) && members.isFieldExposed(field);
        }
      };
    }

    /**
     * A type whose values describe the running Java machine (its classes, loaders, modules, code)
     * rather than the site, or whose methods answer in the machine's language or time zone
     * ({@code .locale_object.displayName}): a template prints a locale or zone as text, and the
     * site's are the ones it renders in.
     */
    private static boolean isMachine(Class<?> type) {
      return type == java.util.Locale.class || java.util.TimeZone.class.isAssignableFrom(type) || java.time.ZoneId.class.isAssignableFrom(type)
          || type == Class.class || ClassLoader.class.isAssignableFrom(type) || type == Module.class || type == ModuleLayer.class
          || type == Package.class || type == Thread.class || java.security.ProtectionDomain.class.isAssignableFrom(type)
          || type == java.security.CodeSource.class || java.lang.reflect.AnnotatedElement.class.isAssignableFrom(type)
          || java.lang.reflect.Member.class.isAssignableFrom(type);
    }

    @Override
    public boolean isToStringAlwaysExposed() {
      return standard.isToStringAlwaysExposed();
    }
  }

  /** The files of the bundled theme. */
  public static final List<String> THEME_FILES = List.of("layout.ftlh", "index.ftlh", "edition.ftlh", "editions.ftlh",
      "article.ftlh", "topics.ftlh", "topic.ftlh", "terms.ftlh", "term.ftlh", "sources.ftlh", "source.ftlh", "archive.ftlh", "archive-month.ftlh", "archive-day.ftlh", "corrections.ftlh", "page.ftlh", "redirect.ftlh", "404.ftlh", "search.ftlh",
      "feed.ftlx", "sitemap.ftlx", "news-sitemap.ftlx", "email.ftlh", "email-text.ftl", "email.css", "assets/briefing.css",
      "assets/favicon.svg", "assets/search.js", "strings/en.yaml", "strings/fr.yaml", "strings/de.yaml", "strings/es.yaml", "strings/ar.yaml");

  /** A fingerprint of every template a page could use: the site's own and the bundled theme. */
  public long fingerprint() {
    return fingerprint;
  }

  /** The fingerprint that {@code new Templates(siteTemplates)} would have, to tell whether one can be kept. */
  public static long fingerprintOf(Path siteTemplates) {
    Fingerprint fingerprint = new Fingerprint().add(bundledThemeFingerprint());
    if (Files.isDirectory(siteTemplates)) {
      // links are followed, as the template loader and the theme's assets follow them: a site may
      // keep its templates, or some of them, elsewhere in its folder, never outside it
      List<Path> files;
      try {
        files = org.briefing.load.FileTree.walk(siteTemplates, true).stream()
            .filter(f -> !org.briefing.load.FileTree.isScratchFile(f.getFileName().toString())).toList();
      } catch (IOException | UncheckedIOException e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof java.nio.file.FileSystemLoopException loop) {
          throw new BuildFailure(Problem.error(SourcePosition.of(Path.of(loop.getFile())), "this is a link to a folder that contains it",
              "link to another folder, or copy the templates in"));
        }
        throw new UncheckedIOException("cannot list the templates in " + siteTemplates, cause instanceof IOException io ? io : new IOException(e));
      }
      // a template, or a file one includes, that is a pipe or a link to nothing would be passed over for the theme's without a word
      List<Problem> noFiles = files.stream().filter(f -> !Files.isRegularFile(f)).map(Templates::noFile).filter(java.util.Objects::nonNull).toList();
      if (!noFiles.isEmpty()) {
        throw new BuildFailure(noFiles);
      }
      try {
        for (Path file : files) {
          if (!Files.isRegularFile(file)) {
            continue; // gone since the folder was read
          }
          fingerprint.add(siteTemplates.relativize(file).toString())
              .add(Files.readAllBytes(org.briefing.load.SiteFiles.check(siteTemplates.getParent(), file)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return fingerprint.value();
  }

  /** The error for an entry of the templates folder that is no file: a link to nothing, a pipe or a device; else null. */
  private static Problem noFile(Path entry) {
    Problem broken = org.briefing.load.SiteFiles.brokenLink(entry);
    return broken != null ? broken : org.briefing.load.FileTree.notAFile(entry);
  }

  private static volatile Long bundledTheme;

  /**
   * A fingerprint of the bundled theme's files. They cannot change while Briefing runs, so they
   * are read once; the start-up warm-up reads them before a build asks.
   */
  public static long bundledThemeFingerprint() {
    Long known = bundledTheme;
    if (known == null) {
      synchronized (Templates.class) {
        if (bundledTheme == null) {
          Fingerprint fingerprint = new Fingerprint();
          for (String name : THEME_FILES) {
            try (InputStream in = Templates.class.getResourceAsStream(THEME + "/" + name)) {
              fingerprint.add(name).add(in == null ? new byte[0] : in.readAllBytes());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
          bundledTheme = fingerprint.value();
        }
        known = bundledTheme;
      }
    }
    return known;
  }

  public Path siteDir() {
    return siteTemplates;
  }

  private List<Problem> unusedFiles;

  /**
   * A warning for each file of the site's templates that no page uses and whose name is near a
   * theme file's ({@link UnusedTemplates}); worked out once, as it depends on the templates alone.
   */
  public synchronized List<Problem> unusedFiles() {
    if (unusedFiles == null) {
      unusedFiles = UnusedTemplates.find(siteTemplates, this::themeFile);
    }
    return unusedFiles;
  }

  /**
   * Reads and parses every page template ahead of use, on whatever thread calls it, so that the
   * pages rendered later start at once. A template that cannot be read is left for the page that
   * uses it to report.
   */
  public void prepare() {
    for (String name : THEME_FILES) {
      if (name.endsWith(".ftlh") || name.endsWith(".ftlx")) {
        try {
          freemarker.getTemplate(name);
        } catch (IOException | RuntimeException e) {
          // reported when a page is rendered with it
        }
      }
    }
  }

  /**
   * Renders a template in the site's language and time zone, which Freemarker's built-ins that
   * depend on them use ({@code ?upper_case}, date formats), never the machine's; a template error
   * becomes a {@link BuildFailure} naming the template and line.
   */
  public byte[] render(String name, Map<String, Object> model, SiteConfig config) {
    try {
      Template template = freemarker.getTemplate(name);
      PageText out = new PageText();
      Environment environment = template.createProcessingEnvironment(model, out);
      environment.setLocale(Locale.forLanguageTag(config.language()));
      environment.setTimeZone(TimeZone.getTimeZone(config.timeZone()));
      environment.process();
      return out.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    } catch (TemplateNotFoundException e) {
      throw new BuildFailure(Problem.error(SourcePosition.of(siteTemplates.resolve(name)), "the template '" + name + "' does not exist",
          "add it to the site's templates folder, or remove the override that includes it"));
    } catch (ParseException e) {
      throw syntaxError(e);
    } catch (TemplateException e) {
      PageText.TooLarge large = inChain(e, PageText.TooLarge.class);
      if (large != null) {
        throw new BuildFailure(tooLarge(name, large));
      }
      SiteTemplateLoader.RefusedTemplate refused = inChain(e, SiteTemplateLoader.RefusedTemplate.class);
      if (refused != null) {
        throw refusal(refused, placed(e)); // an included template, or an include of a refused name
      }
      ParseException unparsed = inChain(e, ParseException.class);
      if (unparsed != null) {
        throw syntaxError(unparsed); // an imported or included template, at its own line
      }
      TemplateException at = placed(e);
      TemplateSettings.Refused setting = inChain(e, TemplateSettings.Refused.class);
      if (setting != null) {
        throw new BuildFailure(Problem.error(position(at.getTemplateSourceName(), at.getLineNumber(), at.getColumnNumber()), setting.refusal,
            setting.hint));
      }
      TemplateNotFoundException missing = inChain(e, TemplateNotFoundException.class);
      if (missing != null) {
        // Freemarker's own message describes its template loaders, with the folder's path on this machine
        throw new BuildFailure(Problem.error(position(at.getTemplateSourceName(), at.getLineNumber(), at.getColumnNumber()),
            "the template '" + missing.getTemplateName() + "' that this line includes or imports does not exist",
            "add it to the site's templates folder, or correct the name (it is relative to this template's folder unless it starts with '/')"));
      }
      throw new BuildFailure(Problem.error(position(at.getTemplateSourceName(), at.getLineNumber(), at.getColumnNumber()),
          "template error: " + firstLine(innermost(e, inner -> inner.getMessageWithoutStackTop() != null).getMessageWithoutStackTop()),
          "check the expression at this line; use '!' for values that may be missing, e.g. ${article.standfirst!}"));
    } catch (IOException e) {
      PageText.TooLarge large = inChain(e, PageText.TooLarge.class);
      if (large != null) {
        throw new BuildFailure(tooLarge(name, large));
      }
      // a template that failed to parse fails again, for every later page, with the first error as its cause
      if (e.getCause() instanceof ParseException first) {
        throw syntaxError(first);
      }
      SiteTemplateLoader.RefusedTemplate refused = inChain(e, SiteTemplateLoader.RefusedTemplate.class);
      if (refused != null) {
        throw refusal(refused, null);
      }
      throw new UncheckedIOException("cannot read the template " + name, e);
    } catch (StackOverflowError e) {
      throw new BuildFailure(endless(name));
    } catch (OutOfMemoryError e) {
      // not while the page's text grew (PageText notes that line): in a built-in or an assignment,
      // of which Freemarker keeps no line once the error has left the template
      throw new BuildFailure(outOfMemory(name));
    }
  }

  private Problem outOfMemory(String page) {
    return Problem.error(position(page, 0, 0), "rendering a page with this template ran out of memory, and no line of it is known:"
        + " Freemarker does not say which expression was running", "look for a value made far too large: ?left_pad or ?right_pad"
        + " with a huge width, text that doubles in a loop (<#assign s = s + s>), a <#list> of a range without end (1..)");
  }

  /** The error for a page whose text passed {@link PageText#LIMIT} or ran out of memory, at the line that was printing. */
  private Problem tooLarge(String page, PageText.TooLarge large) {
    SourcePosition at = large.template == null ? position(page, 0, 0) : position(large.template, large.line, 0);
    return Problem.error(at, large.outOfMemory
        ? "memory ran out while this line printed, with the page's text at " + String.format(Locale.ROOT, "%,d", large.length) + " characters"
        : "the page's text passes " + String.format(Locale.ROOT, "%,d", PageText.LIMIT) + " characters while this line prints,"
            + " far more than any page needs",
        "a loop that prints without end is the likely cause: give its <#list> a range with an end (1..10, not 1..), or <#break> out of it");
  }

  /** The first exception of {@code type} in {@code e}'s chain of causes, else null. */
  private static <T extends Throwable> T inChain(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /**
   * The deepest template error in a chain that {@code has} something: a failure inside a lambda
   * ({@code ?filter(a -> a.nosuch)}) is wrapped in one that only says an element could not be
   * transformed, at the start of the template; an exception from Java code has a message but no line.
   */
  private static TemplateException innermost(TemplateException e, java.util.function.Predicate<TemplateException> has) {
    TemplateException deepest = e;
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof TemplateException inner && has.test(inner)) {
        deepest = inner;
      }
    }
    return deepest;
  }

  private static TemplateException placed(TemplateException e) {
    return innermost(e, inner -> inner.getLineNumber() != null);
  }

  /** The error for a refused template at its own line, or for a refused name at the line of {@code asking}. */
  private BuildFailure refusal(SiteTemplateLoader.RefusedTemplate refused, TemplateException asking) {
    SourcePosition at = refused.file != null ? new SourcePosition(refused.file, refused.line, 0)
        : asking != null ? position(asking.getTemplateSourceName(), asking.getLineNumber(), asking.getColumnNumber())
        : position(null, 0, 0);
    return new BuildFailure(Problem.error(at, refused.getMessage(), refused.hint));
  }

  private BuildFailure syntaxError(ParseException e) {
    return new BuildFailure(Problem.error(position(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()),
        "template syntax error: " + firstLine(e.getEditorMessage()), "fix the template at this line"));
  }

  /** The error for a page whose rendering ran out of stack: where its templates call themselves, if that can be found. */
  private Problem endless(String page) {
    TemplateRecursion.Loop loop = new TemplateRecursion(this::themeFile).find(page);
    if (loop == null) {
      return Problem.error(position(page, 0, 0), "rendering with this template never ends: it goes deeper than the stack allows",
          "look for a template that includes itself, or a macro or function that calls itself without a condition to stop");
    }
    String call = loop.macro() ? "the macro or function '" + loop.called() + "'" : "the template '" + loop.called() + "'";
    return Problem.error(position(loop.template(), loop.line(), 0),
        "rendering never ends: " + call + " is called again here while it is already running, and calls itself without end",
        loop.macro() ? "give the call a condition that stops it (<#if …>), or call another macro"
            : "remove this #include, or include a different template");
  }

  /**
   * Reads a theme file, such as a stylesheet: the site's copy if it has one under exactly its name
   * (not {@code assets/Briefing.css} where a system ignores letter case), else the bundled one.
   */
  public byte[] themeFile(String name) {
    Path own = siteTemplates.resolve(name).normalize();
    try {
      if (own.startsWith(siteTemplates) && Files.isRegularFile(own) && org.briefing.load.FileTree.hasExactName(siteTemplates, own)) {
        return Files.readAllBytes(org.briefing.load.SiteFiles.check(siteTemplates.getParent(), own));
      }
      try (InputStream in = Templates.class.getResourceAsStream(THEME + "/" + name)) {
        if (in == null) {
          throw new BuildFailure(Problem.error(SourcePosition.of(own), "the theme file '" + name + "' is missing", "restore it from the default theme"));
        }
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the theme file " + name, e);
    }
  }

  private SourcePosition position(String templateName, Integer line, Integer column) {
    Path file = templateName == null ? siteTemplates : siteTemplates.resolve(templateName);
    if (templateName != null && !(Files.exists(file) && org.briefing.load.FileTree.hasExactName(siteTemplates, file))) {
      file = Path.of("(bundled theme)", templateName);
    }
    return new SourcePosition(file, line == null ? 0 : line, column == null ? 0 : column);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    String m = message.strip();
    int cut = m.indexOf("\n----");
    m = cut > 0 ? m.substring(0, cut) : m;
    return m.replaceAll("\\s*\\n\\s*", " ").strip();
  }
}
