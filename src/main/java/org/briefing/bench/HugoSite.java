package org.briefing.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A minimal Hugo site for the same corpus: story pages, a home page, tag pages, an RSS feed and
 * a sitemap, with templates that show what Briefing's story pages show (photo and credit, tags,
 * sources), so that the two builds do comparable work.
 */
final class HugoSite {
  private HugoSite() {}

  static void writeSkeleton(Path hugo) throws IOException {
    Files.writeString(hugo.resolve("hugo.toml"), """
        baseURL = "https://bench.example.org/"
        languageCode = "en"
        title = "Synthetic Briefing"
        disableKinds = ["section"]
        [taxonomies]
          tag = "tags"
        [outputs]
          home = ["HTML", "RSS"]
        [services.rss]
          limit = 50
        """);
    Path layouts = hugo.resolve("layouts/_default");
    Files.createDirectories(layouts);
    Files.writeString(layouts.resolve("baseof.html"), """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title>
        <meta name="description" content="{{ .Description }}"><link rel="canonical" href="{{ .Permalink }}"></head>
        <body><header><a href="{{ "/" | relURL }}">{{ site.Title }}</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>
        """);
    Files.writeString(layouts.resolve("single.html"), """
        {{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Description }}</p>
        <time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2 January 2006" }}</time>
        <figure><img src="{{ .Params.image | relURL }}" alt=""><figcaption>{{ .Params.credit }}</figcaption></figure>
        <div>{{ .Summary }}</div>{{ .Content }}
        <ul>{{ range .Params.tags }}<li><a href="{{ (printf "/tags/%s/" (urlize .)) | relURL }}">{{ . }}</a></li>{{ end }}</ul>
        <h2>Sources</h2><ul>{{ range .Params.sources }}<li>{{ . }}</li>{{ end }}</ul></article>{{ end }}
        """);
    Files.writeString(layouts.resolve("list.html"), """
        {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
        <p>{{ .Summary }}</p></li>{{ end }}</ul>{{ end }}
        """);
    Files.writeString(layouts.resolve("index.html"), """
        {{ define "main" }}<h1>{{ site.Title }}</h1><ul>{{ range first 30 site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
        <p>{{ .Summary }}</p></li>{{ end }}</ul>{{ end }}
        """);
  }
}
