package org.briefing.photo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a copy of a build (hard links allowed) into the same pages showing every photo as its
 * original file, unchanged: the baseline of bench/photo-bytes.sh for what list pages would cost
 * had Briefing kept copying originals. Each {@code <img>} with a {@code srcset} loses it and its
 * {@code sizes}, its {@code src} becomes the address of the original's name (the widest file's,
 * without a {@code -480w} style suffix: a thumbnail's {@code srcset} stops at a narrow file), and
 * the original from {@code static/} is put there in place of the resized file.
 * Not a test: {@code java -cp ... org.briefing.photo.OriginalsShown OUT STATIC PAGE...}.
 */
public final class OriginalsShown {
  private static final Pattern IMG = Pattern.compile("<img [^>]*\\bsrcset=\"([^\"]*)\"[^>]*>");

  private OriginalsShown() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Path statics = Path.of(args[1]);
    for (int i = 2; i < args.length; i++) {
      Path page = out.resolve(args[i].substring(1)).resolve("index.html");
      String html = Files.readString(page, StandardCharsets.UTF_8);
      Matcher m = IMG.matcher(html);
      StringBuilder shown = new StringBuilder();
      while (m.find()) {
        String[] candidates = m.group(1).split(",\\s*");
        String widest = candidates[candidates.length - 1].trim().split("\\s+")[0];
        String address = widest.replaceFirst("-[0-9]+w(\\.[A-Za-z]+)$", "$1");
        String tag = m.group().replaceFirst(" srcset=\"[^\"]*\"", "").replaceFirst(" sizes=\"[^\"]*\"", "")
            .replaceFirst(" src=\"[^\"]*\"", " src=\"" + address + "\"");
        m.appendReplacement(shown, Matcher.quoteReplacement(tag));
        Path original = statics.resolve(address.substring(1));
        if (Files.isRegularFile(original)) {
          Path published = out.resolve(address.substring(1));
          Files.deleteIfExists(published); // a hard link to the build's file: break it, not write through it
          Files.copy(original, published, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      m.appendTail(shown);
      Files.delete(page);
      Files.writeString(page, shown, StandardCharsets.UTF_8);
    }
  }
}
