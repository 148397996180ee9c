package org.briefing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.briefing.serve.ServeOptions;
import org.briefing.serve.ServeSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code briefing serve}: a local preview that rebuilds on every change and reloads open pages. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = {
    "Builds the site in memory, serves it on 127.0.0.1 and rebuilds it when briefing.yaml, content/,",
    "templates/ or static/ change; open pages reload by themselves. public/ is never touched.",
    "Press Ctrl-C to stop."})
public final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin SiteOptions siteOptions;

  @Option(names = "--port", paramLabel = "N",
      description = "The port to listen on (default: " + ServeOptions.DEFAULT_PORT + ", or the next free one; 0 = any free port).")
  Integer port;

  @Option(names = "--bind", paramLabel = "ADDR", description = "The address to listen on (default: 127.0.0.1, this machine only).")
  String bind = "127.0.0.1";

  @Option(names = "--drafts", description = "Include stories marked 'draft: true'.")
  boolean drafts;

  @Option(names = "--future", description = "Include stories dated in the future.")
  boolean future;

  @Option(names = "--open", description = "Open the preview in the default browser.")
  boolean open;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port != null && (port < 0 || port > 65535)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
    }
    if (!Files.isDirectory(siteOptions.siteDir())) {
      err.println("error: " + siteOptions.siteDir() + " is not a folder; give the site folder with --site DIR");
      return 1;
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--bind must be an address of this machine, not '" + bind + "'");
    }
    if (!address.isLoopbackAddress()) {
      err.println("warning: listening on " + bind + ": other machines on the network can read the preview, drafts included");
    }
    ServeOptions options = new ServeOptions(siteOptions.siteDir(), address,
        port == null ? ServeOptions.DEFAULT_PORT : port, port != null, drafts, future, SiteOptions::now, ServeOptions.DEFAULT_QUIET);
    ServeSession session;
    try {
      session = ServeSession.start(options, out);
    } catch (BindException e) {
      err.println("error: cannot listen on " + bind + ":" + options.port() + " (" + e.getMessage() + ")");
      err.println("hint: " + (port == null
          ? "ports " + options.port() + " and the next ones are in use; choose one with --port N"
          : "another program uses this port; choose another with --port N, or --port 0 for any free one"));
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      session.close();
      out.println("Stopped.");
      out.flush();
      stopped.countDown();
    }, "briefing-stop"));
    out.println("Serving " + siteOptions.siteDir() + " at " + session.url());
    out.println("Watching briefing.yaml, content/, templates/ and static/; press Ctrl-C to stop.");
    out.flush();
    if (open) {
      openBrowser(session.url().toString(), err);
    }
    stopped.await();
    return 0;
  }

  private static void openBrowser(String url, PrintWriter err) {
    boolean mac = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
    try {
      new ProcessBuilder(mac ? "open" : "xdg-open", url).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      err.println("note: could not open a browser (" + e.getMessage() + "); open " + url + " yourself");
    }
  }
}
