package org.briefing.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.briefing.links.LinkPolicy;
import org.briefing.photo.Focus;
import org.briefing.photo.PhotoException;
import org.briefing.photo.PhotoInfo;
import org.briefing.photo.PhotoPlan;
import org.briefing.problem.AttributionText;

/**
 * Resolves a story's {@code image}: a remote URL, a path from the site's {@code static/} folder
 * ({@code /images/x.jpg}) or a path relative to the article file, which must stay inside the site.
 */
final class PhotoResolver {
  private final Path articleFile;
  private final Fields fields;
  private final BuildSettings settings;
  private final PhotoHeaders headers;

  PhotoResolver(Path articleFile, Fields fields, BuildSettings settings, PhotoHeaders headers) {
    this.articleFile = articleFile;
    this.fields = fields;
    this.settings = settings;
    this.headers = headers;
  }

  private static String realPath(Path file) {
    try {
      return file.toRealPath().toString();
    } catch (java.io.IOException e) {
      return file.toString();
    }
  }

  Photo resolve(String articlePath) {
    Object value = fields.raw("image");
    if (value == null) {
      return null;
    }
    Map<?, ?> map = value instanceof Map<?, ?> m ? m : Map.of("src", value);
    if (value instanceof java.util.List) {
      fields.error("image", "'image' must be one image", "write 'image:' with indented 'src:', 'alt:', 'caption:' and 'credit:' lines");
      return null;
    }
    String src = fields.text("src", map.get("src"), "image.src");
    String alt = fields.text("alt", map.get("alt"), "image.alt");
    String caption = fields.text("caption", map.get("caption"), "image.caption");
    String credit = AttributionText.orEmpty(fields.text("credit", map.get("credit"), "image.credit"));
    Focus focus = focus(map.get("focus"));
    if (src.isEmpty()) {
      return new Photo("", null, "", alt, caption, credit);
    }
    if (Urls.isRemote(src)) {
      if (!LinkPolicy.isWebAddress(src)) {
        fields.error("image.src", "the image address '" + LinkPolicy.shown(src) + "' is not valid", "write a full https:// address without spaces");
        return null;
      }
      return new Photo(src, null, "", alt, caption, credit);
    }
    String reserved = Photo.reservedIn(src);
    if (!reserved.isEmpty()) {
      fields.error("image.src", "the image path '" + src + "' has '" + reserved + "' in it, which a photo's path cannot have",
          reserved.equals("\\") ? "write the path with forward slashes, e.g. /images/photo.jpg"
              : "rename the file without '" + reserved + "' (and any of \\ : ? #) and write its new name here");
      return null;
    }
    if (src.endsWith("/")) {
      fields.error("image.src", "the image path '" + src + "' ends with '/', so it names a folder, not a file",
          "write the file's path without the '/' at its end, e.g. /images/photo.jpg");
      return null;
    }
    boolean fromStatic = src.startsWith("/");
    Path root = fromStatic ? settings.staticDir() : settings.contentDir();
    Path file = (fromStatic ? root.resolve(src.substring(1)) : articleFile.getParent().resolve(src)).normalize();
    if (!file.startsWith(root.normalize())) {
      fields.error("image.src", "the image path '" + src + "' leads outside the site's "
          + (fromStatic ? "static" : "content") + " folder", "keep images inside the site, e.g. static/images/photo.jpg referenced as /images/photo.jpg");
      return null;
    }
    if (org.briefing.load.FileTree.isScratchFile(file.getFileName().toString())) {
      // the build neither watches nor publishes such a file: a rebuild would miss its edits, the page would show no image
      fields.error("image.src", "the image '" + src + "' is named like an editor's scratch or backup file, which no build reads or publishes",
          "rename the file, e.g. without its '~', '#' or '.swp', and write that name here");
      return null;
    }
    String inRoot = root.normalize().relativize(file).toString().replace('\\', '/');
    String copy = org.briefing.load.SyncConflictCopy.copyIn(inRoot);
    if (copy != null) {
      // static/ does not publish it, yet the story's photo would be made from it
      fields.error("image.src", "the image '" + src + "' is " + org.briefing.load.SyncConflictCopy.described(inRoot, copy)
          + ", which the site never publishes", org.briefing.load.SyncConflictCopy.HINT + "; then write here the name of the one you keep");
      return null;
    }
    String hidden = hiddenName(root, file);
    if (hidden != null) {
      fields.error("image.src", "the image '" + src + "' is in or is a dot-file ('" + hidden + "'), which the site never publishes",
          "rename it without the leading dot");
      return null;
    }
    Path linked = org.briefing.load.SiteFiles.linkedFolder(root, file);
    if (linked != null) {
      fields.error("image.src", "the image '" + src + "' is reached through " + shownInSite(settings.siteDir(), linked)
          + ", a link to a folder, which the build does not follow: it would not see the photo change",
          "move the photo into a real folder of the site (a link to the photo file itself is followed)");
      return null;
    }
    String special = org.briefing.load.FileTree.specialKind(file);
    if (special != null) {
      // copying a pipe would wait for a program to write into it; static/ refuses it too (pipeline/Assets)
      fields.error("image.src", "the image '" + src + "' is " + special + ", not a file (" + file + ")",
          "replace it with the photo file itself");
      return null;
    }
    if (!Files.isRegularFile(file)) {
      fields.error("image.src", "the image '" + src + "' does not exist (looked for " + file + ")",
          fromStatic ? "put the file in the site's static folder at " + src.substring(1)
              : "put the file next to the article, or use a path from static/ that starts with '/'");
      return null;
    }
    if (!org.briefing.load.SiteFiles.inside(settings.siteDir(), file)) {
      fields.error("image.src", "the image '" + src + "' is a link to a file outside the site (" + realPath(file) + ")",
          "copy the file into the site instead of linking to it");
      return null;
    }
    PhotoInfo info;
    try {
      info = headers.read(file);
    } catch (PhotoException e) {
      fields.error("image.src", "the image '" + src + "' cannot be published: " + e.getMessage(),
          "replace it with a complete JPEG, PNG, WebP, GIF or SVG file");
      return null;
    }
    // from the normalised file, so that '/images//a.jpg' and '/images/../images/a.jpg' are the file /images/a.jpg
    String outputPath = fromStatic ? root.normalize().relativize(file).toString().replace('\\', '/') : articlePath + file.getFileName();
    PhotoPlan plan = info.resized() ? PhotoPlan.of(info, outputPath, focus) : null;
    String href = plan == null ? outputPath : plan.widest().path();
    // what the agency embedded stands in for what the story leaves out; AttributionCheck says so
    String embeddedCredit = info.embedded().bestCredit();
    boolean creditFromFile = credit.isEmpty() && !embeddedCredit.isEmpty();
    return new Photo(href, fromStatic ? null : file, outputPath, alt, caption.isEmpty() ? info.embedded().caption() : caption,
        creditFromFile ? embeddedCredit : credit, file, info, focus, creditFromFile, fields.at("image.src"));
  }

  /** The first name of {@code file}'s path below {@code root} that starts with a dot, else null: such files are never published. */
  static String hiddenName(Path root, Path file) {
    for (Path name : root.normalize().relativize(file)) {
      if (name.toString().startsWith(".")) {
        return name.toString();
      }
    }
    return null;
  }

  /** {@code path} as an editor sees it: from the site's folder {@code siteDir}, when it is inside it. */
  static String shownInSite(Path siteDir, Path path) {
    Path site = siteDir.toAbsolutePath().normalize();
    Path absolute = path.toAbsolutePath().normalize();
    return (absolute.startsWith(site) ? site.relativize(absolute) : path).toString().replace('\\', '/');
  }

  /** {@code image.focus}: two numbers from 0 to 1, across and down; the centre when not given. */
  private Focus focus(Object value) {
    if (value == null) {
      return Focus.CENTRE;
    }
    if (value instanceof java.util.List<?> list && list.size() == 2) {
      Double x = fraction(list.get(0));
      Double y = fraction(list.get(1));
      if (x != null && y != null) {
        return Focus.of(x, y);
      }
    }
    fields.error("image.focus", "'image.focus' must be two numbers from 0 to 1: how far across and how far down the subject is",
        "write e.g. 'focus: [0.5, 0.3]' for a subject in the middle, near the top");
    return Focus.CENTRE;
  }

  private static Double fraction(Object value) {
    if (value == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(value.toString().strip());
      return d >= 0 && d <= 1 ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
