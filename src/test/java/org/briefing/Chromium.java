package org.briefing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for the browser tests, driven through the installed chromedriver so that
 * Selenium Manager never looks for a browser online. The flags keep it off the network, which this
 * machine's closed network would refuse many times at every start.
 */
public final class Chromium {
  public static final Path BINARY = Path.of("/usr/bin/chromium");
  public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  /** Whether the browser and its driver are installed (.ci/run installs them). */
  public static boolean installed() {
    return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
  }

  /** A new headless browser with a window of {@code width} by {@code height}, its profile in {@code profile}. */
  public static ChromeDriver start(Path profile, int width, int height, String... extraArguments) throws IOException {
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions().setBinary(BINARY.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync", "--window-size=" + width + "," + height,
        "--user-data-dir=" + Files.createDirectories(profile));
    options.addArguments(extraArguments);
    return new ChromeDriver(service, options);
  }
}
