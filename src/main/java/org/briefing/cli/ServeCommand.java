package org.briefing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
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
    ServeOptions options = new ServeOptions(siteOptions.siteDir(), address,
        port == null ? ServeOptions.DEFAULT_PORT : port, port != null, drafts, future, SiteOptions::now, ServeOptions.DEFAULT_QUIET,
        bind);
    ServeSession session;
    try {
      session = ServeSession.start(options, out);
    } catch (BindException e) {
      bindFailed(e, options, err);
      return 1;
    }
    if (!address.isLoopbackAddress()) {
      err.println("warning: listening on " + bind + ": other machines on the network can read the preview, drafts included");
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

  private void bindFailed(BindException e, ServeOptions options, PrintWriter err) {
    if (!isOfThisMachine(options.bind())) {
      err.println("error: cannot listen on " + bind + ": it is not an address of this machine (" + e.getMessage() + ")");
      err.println("hint: leave out --bind to listen on 127.0.0.1 (this machine only), or give one of this machine's"
          + " addresses, or 0.0.0.0 for all of them");
      return;
    }
    err.println("error: cannot listen on " + bind + ":" + options.port() + " (" + e.getMessage() + ")");
    if (String.valueOf(e.getMessage()).contains("ermission denied")) {
      err.println("hint: ports below 1024 are reserved for the system; choose another with --port N, or --port 0 for any free one");
    } else {
      err.println("hint: " + (port == null
          ? "ports " + options.port() + " and the next ones are in use; choose one with --port N"
          : "another program uses this port; choose another with --port N, or --port 0 for any free one"));
    }
  }

  /** Whether this machine has the address, so that a failure to listen on it is about the port. */
  private static boolean isOfThisMachine(InetAddress address) {
    try {
      return address.isAnyLocalAddress() || address.isLoopbackAddress() || NetworkInterface.getByInetAddress(address) != null;
    } catch (SocketException e) {
      return true;
    }
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
