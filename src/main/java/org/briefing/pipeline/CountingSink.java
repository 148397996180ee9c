package org.briefing.pipeline;

import java.util.concurrent.atomic.AtomicLong;
import org.briefing.render.OutputFile;
import org.briefing.render.OutputSink;

/** Passes files on and counts them, and the HTML pages among them. */
public final class CountingSink implements OutputSink {
  private final OutputSink next;
  private final AtomicLong files = new AtomicLong();
  private final AtomicLong pages = new AtomicLong();

  public CountingSink(OutputSink next) {
    this.next = next;
  }

  @Override
  public void accept(OutputFile file) {
    next.accept(file);
    files.incrementAndGet();
    if (file.path().endsWith(".html")) {
      pages.incrementAndGet();
    }
  }

  public long files() {
    return files.get();
  }

  public long pages() {
    return pages.get();
  }
}
