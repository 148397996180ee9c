package org.briefing.serve;

import java.nio.charset.StandardCharsets;

/**
 * Adds the live-reload script, and the error overlay after a failed build, to the HTML pages the
 * preview serves. Only the preview does this: built sites never contain either.
 */
final class PageInjector {
  static final String EVENTS_PATH = "/__briefing/events";
  static final String OVERLAY_ID = "briefing-build-errors";

  private PageInjector() {}

  /**
   * {@code html} with the snippet before its last {@code </body>}, or at its end. The page's own
   * bytes are kept as they are, whatever their encoding (a page of {@code static/} may be in
   * windows-1252): the tag is looked for among the bytes, not in decoded text.
   */
  static byte[] inject(byte[] html, PreviewState state) {
    byte[] snippet = ((state.failed() ? overlay(state) : "") + script(state.id())).getBytes(StandardCharsets.UTF_8);
    int at = lastBodyEnd(html);
    at = at < 0 ? html.length : at;
    byte[] out = new byte[html.length + snippet.length];
    System.arraycopy(html, 0, out, 0, at);
    System.arraycopy(snippet, 0, out, at, snippet.length);
    System.arraycopy(html, at, out, at + snippet.length, html.length - at);
    return out;
  }

  private static final byte[] BODY_END = "</body>".getBytes(StandardCharsets.US_ASCII);

  /** Where the last {@code </body>} of {@code html} starts, in any case of its letters; -1 when there is none. */
  private static int lastBodyEnd(byte[] html) {
    search:
    for (int i = html.length - BODY_END.length; i >= 0; i--) {
      for (int j = 0; j < BODY_END.length; j++) {
        int b = html[i + j];
        if ((b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b) != BODY_END[j]) {
          continue search;
        }
      }
      return i;
    }
    return -1;
  }

  /** The page served while no build has succeeded yet: only the overlay, and the script that reloads it. */
  static byte[] placeholder(PreviewState state) {
    String body = state.failed() ? "" : "<p>Building the site…</p>";
    String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Briefing preview</title></head>"
        + "<body><main><h1>Briefing preview</h1>" + body + "</main></body></html>\n";
    return inject(page.getBytes(StandardCharsets.UTF_8), state);
  }

  static String overlay(PreviewState state) {
    StringBuilder out = new StringBuilder(512);
    out.append("\n<div id=\"").append(OVERLAY_ID).append("\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;")
        .append("overflow:auto;margin:0;padding:2rem;background:#1b1b1b;color:#f4f4f4;font:16px/1.5 system-ui,sans-serif;text-align:left\">")
        .append("<div style=\"max-width:60rem;margin:0 auto\">")
        .append("<p style=\"margin:0 0 1rem;font-size:1.4rem;font-weight:bold;color:#ffb4a8\">The last build failed; ")
        .append("this is the last good version of the page.</p><ol style=\"padding-left:1.5rem\">");
    for (PreviewState.OverlayError e : state.errors()) {
      out.append("<li style=\"margin-bottom:1rem\"><code style=\"color:#9fd3ff;font-size:1rem\">").append(escape(e.location()))
          .append("</code><br>").append(escape(e.message()));
      if (e.hint() != null && !e.hint().isBlank()) {
        out.append("<br><span style=\"color:#d6d6d6\">Hint: ").append(escape(e.hint())).append("</span>");
      }
      out.append("</li>");
    }
    out.append("</ol><p style=\"color:#d6d6d6\">Fix the file and save it: this page updates by itself.</p>")
        .append("<button type=\"button\" onclick=\"this.closest('#").append(OVERLAY_ID).append("').remove()\" ")
        .append("style=\"font:inherit;padding:.3rem 1rem;color:#1b1b1b;background:#f4f4f4;border:0;border-radius:3px\">Hide</button>")
        .append("</div></div>\n");
    return out.toString();
  }

  // Reloads on a new build id and swaps stylesheets when only CSS changed. The stream is closed
  // while the page is hidden or left (browsers allow six connections per host, and each open
  // stream holds one) and opened again when it shows; the server then says its current id, and a
  // page that missed a build, or a server restart, reloads.
  static String script(String id) {
    return "<script>(function(){var id=\"" + escape(id) + "\",es=null;"
        + "function swapCss(v){document.querySelectorAll('link[rel=stylesheet]').forEach(function(l){"
        + "var u=new URL(l.href);u.searchParams.set('__briefing',v);l.href=u.toString();});}"
        + "function close(){if(es){es.close();es=null;}}"
        + "function connect(){if(es||document.visibilityState==='hidden'){return;}var s=new EventSource('" + EVENTS_PATH + "');es=s;"
        + "s.onmessage=function(e){var p=e.data.split(' ');if(p[0]===id){return;}"
        + "if(p[1]==='css'&&p[2]===id){id=p[0];swapCss(p[0]);}else{close();location.reload();}};"
        + "s.onerror=function(){if(s.readyState===2&&es===s){es=null;setTimeout(connect,1000);}};}"
        + "document.addEventListener('visibilitychange',function(){if(document.visibilityState==='hidden'){close();}else{connect();}});"
        + "addEventListener('pagehide',close);addEventListener('pageshow',connect);"
        + "connect();})();</script>\n";
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
