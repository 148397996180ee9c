package org.briefing.pipeline;

import java.net.URI;
import org.briefing.config.ConfigLoader;
import org.briefing.config.SiteConfig;
import org.briefing.language.StringsLoader;
import org.briefing.language.ThemeStrings;
import org.briefing.load.ContentLoader;
import org.briefing.load.YamlData;
import org.briefing.model.BuildSettings;
import org.briefing.model.DeclaredTerms;
import org.briefing.model.TermFile;
import org.briefing.model.SourceRegistry;
import org.briefing.model.StoryFields;
import org.briefing.problem.Problems;

/**
 * What every story is read with: the configuration (with the base URL given on the command line,
 * if any, and base_url as briefing.yaml writes it), the content folder's reader, the sources and the terms the groupings' files declare; and the theme's text in the
 * site's language. A full build and the edit path read them the same way, here.
 */
public record SiteInputs(SiteConfig config, URI writtenBase, ContentLoader loader, YamlData sourcesYaml, SourceRegistry registry,
    java.util.Map<String, DeclaredTerms> terms, ThemeStrings strings) {

  /** Reads the inputs of the site of {@code settings}, reporting what is wrong with them to {@code problems}. */
  public static SiteInputs read(BuildSettings settings, URI baseUrlOverride, Problems problems) {
    SiteConfig config = ConfigLoader.load(settings.siteDir(), problems);
    URI writtenBase = config.baseUrl();
    if (baseUrlOverride != null) {
      config = config.withBaseUrl(baseUrlOverride);
    }
    java.util.Set<String> declared = new java.util.HashSet<>(config.fields());
    declared.addAll(StoryFields.groupingFields(config.groups(), problems));
    java.util.Set<String> dataFiles = new java.util.HashSet<>();
    dataFiles.add(ContentLoader.SOURCES);
    config.groups().forEach(g -> dataFiles.add(g.name() + ".yaml"));
    ContentLoader loader = new ContentLoader(settings.contentDir(), problems, StoryFields.check(declared), dataFiles);
    YamlData sourcesYaml = loader.readSources();
    SourceRegistry registry = SourceRegistry.read(settings.contentDir().resolve(ContentLoader.SOURCES), sourcesYaml, problems);
    java.util.Map<String, DeclaredTerms> terms = new java.util.LinkedHashMap<>();
    for (org.briefing.config.Grouping g : config.groups()) {
      String name = g.name() + ".yaml";
      terms.put(g.name(), TermFile.read(settings.contentDir().resolve(name), loader.readData(name), g, config.attribution(),
          settings.staticDir(), problems));
    }
    ThemeStrings strings = StringsLoader.load(settings.siteDir(), config.language(), problems);
    return new SiteInputs(config, writtenBase, loader, sourcesYaml, registry, java.util.Collections.unmodifiableMap(terms), strings);
  }

  /** What every story's assembly depends on besides its own file and folder defaults. */
  public long storyKey(BuildSettings settings) {
    return new org.briefing.fingerprint.Fingerprint().add(config).add(sourcesYaml.values()).add(settings.drafts())
        .add(settings.future()).value();
  }
}
