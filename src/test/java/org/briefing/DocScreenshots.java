package org.briefing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Makes the screenshots of docs/screenshots/ (front page and a story page at 390 and 1280 px) from
 * a built site served at BASE, once every image of the page has loaded. Not a test:
 * {@code java -cp target/classes:target/test-classes:DEPS org.briefing.DocScreenshots BASE STORY_PATH OUT_DIR}.
 */
public final class DocScreenshots {
  private DocScreenshots() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    Path out = Files.createDirectories(Path.of(args[2]));
    String[][] shots = {{"front", "/"}, {"article", args[1]}};
    for (int width : new int[] {390, 1280}) {
      ChromeDriver browser = Chromium.start(Files.createTempDirectory("shots"), width, 900, "--hide-scrollbars");
      try {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
        for (String[] shot : shots) {
          browser.get(base + shot[1]);
          // lazy images load only near the viewport: make all of them eager, then wait for each
          ((JavascriptExecutor) browser).executeAsyncScript("""
              var done = arguments[arguments.length - 1];
              document.querySelectorAll('img[loading=lazy]').forEach(function (i) { i.loading = 'eager'; });
              (function wait() {
                var all = Array.from(document.images).every(function (i) { return i.complete && i.naturalWidth > 0; });
                if (all) { return setTimeout(done, 300); }
                setTimeout(wait, 100);
              })();
              """);
          long height = Math.min(((Number) ((JavascriptExecutor) browser).executeScript(
              "return document.documentElement.scrollHeight")).longValue(), width < 600 ? 4000 : 2900);
          Map<String, Object> png = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
              "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
          Files.write(out.resolve(shot[0] + "-" + width + ".png"), Base64.getDecoder().decode((String) png.get("data")));
        }
      } finally {
        browser.quit();
      }
    }
  }
}
