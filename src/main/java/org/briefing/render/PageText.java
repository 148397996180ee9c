package org.briefing.render;

import freemarker.core.Environment;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.Writer;

/**
 * Collects a page's text as a template prints it, up to {@link #LIMIT} characters. A page that
 * would pass the limit, or for which memory runs out while it grows, stops at the line that is
 * printing: Freemarker keeps no record of where it was once an error has left the template, so
 * the place is taken while the template is still running.
 *
 * <p>No locks or encoder are in the way: a page is encoded once, whole, by {@link String#getBytes},
 * which is much quicker than a stream encoder fed in small pieces.
 */
final class PageText extends Writer {
  /**
   * Far above any page a briefing has (the largest of a 10,000-story site, its sitemap, is 2 MB), and low
   * enough that the text, its copy and its bytes fit in the memory Java is given on most machines,
   * so that a template that prints without end stops here the same way on every machine.
   */
  static final int LIMIT = 100_000_000;

  /** A page that stopped growing: past the limit, or out of memory; where the template was printing. */
  static final class TooLarge extends IOException {
    final String template;
    final int line;
    final long length;
    final boolean outOfMemory;

    private TooLarge(String template, int line, long length, boolean outOfMemory) {
      super("the page's text stopped at " + length + " characters");
      this.template = template;
      this.line = line;
      this.length = length;
      this.outOfMemory = outOfMemory;
    }
  }

  private StringBuilder text = new StringBuilder(16 * 1024);

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    room(length);
    try {
      text.append(chars, offset, length);
    } catch (OutOfMemoryError e) {
      throw stopped(true);
    }
  }

  @Override
  public void write(String string, int offset, int length) throws IOException {
    room(length);
    try {
      text.append(string, offset, offset + length);
    } catch (OutOfMemoryError e) {
      throw stopped(true);
    }
  }

  @Override
  public void write(String string) throws IOException {
    write(string, 0, string.length());
  }

  @Override
  public void write(int c) throws IOException {
    room(1);
    try {
      text.append((char) c);
    } catch (OutOfMemoryError e) {
      throw stopped(true);
    }
  }

  @Override
  public Writer append(CharSequence chars) throws IOException {
    CharSequence written = chars == null ? "null" : chars;
    room(written.length());
    try {
      text.append(written);
    } catch (OutOfMemoryError e) {
      throw stopped(true);
    }
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  String text() {
    return text.toString();
  }

  private void room(int more) throws TooLarge {
    if ((long) text.length() + more > LIMIT) {
      throw stopped(false);
    }
  }

  /** Drops the text so far, so that the error has memory to be reported, and notes the line printing now. */
  private TooLarge stopped(boolean outOfMemory) {
    long length = text.length();
    text = new StringBuilder();
    Environment running = Environment.getCurrentEnvironment();
    TemplateException here = running == null ? null : new TemplateException((String) null, running);
    Integer line = here == null ? null : here.getLineNumber();
    return new TooLarge(here == null ? null : here.getTemplateSourceName(), line == null ? 0 : line, length, outOfMemory);
  }
}
