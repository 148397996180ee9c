package org.briefing.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where templates call themselves without end, once rendering a page has run out of
 * stack. Freemarker keeps no record of where it was when the stack ran out, so the templates the
 * page reaches are read again: a chain of {@code #include}s that comes back to a template it
 * started from, or a macro that calls itself (directly or through other macros), is the likely
 * cause, reported at the line of the call that closes the loop. What a template includes and
 * imports is read as the check of unused templates reads it ({@link TemplateLoads}).
 */
final class TemplateRecursion {
  private static final Pattern MACRO = Pattern.compile("[<\\[]#(?:macro|function)\\s+([A-Za-z_][\\w]*)");
  private static final Pattern MACRO_END = Pattern.compile("[<\\[]/#(?:macro|function)\\s*[>\\]]");
  private static final Pattern CALL = Pattern.compile("[<\\[]@(?:[A-Za-z_]\\w*\\.)?([A-Za-z_]\\w*)");

  /** A call that closes a loop: the template and line it is written at, and what it calls. */
  record Loop(String template, int line, String called, boolean macro) {}

  private final Function<String, byte[]> source;
  private final Map<String, String> texts = new LinkedHashMap<>();
  private final Map<String, List<TemplateLoads.Load>> loads = new LinkedHashMap<>();
  private final TemplateLoads reader = new TemplateLoads();

  /** @param source the text of a template by name, or null when there is none */
  TemplateRecursion(Function<String, byte[]> source) {
    this.source = source;
  }

  /** The loop that the page template {@code page} runs into, or null when none is found. */
  Loop find(String page) {
    Loop include = includeLoop(page, new ArrayList<>(), new HashSet<>());
    return include != null ? include : macroLoop(page);
  }

  private String text(String name) {
    return texts.computeIfAbsent(name, n -> {
      byte[] bytes;
      try {
        bytes = source.apply(n);
      } catch (RuntimeException e) {
        bytes = null;
      }
      return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    });
  }

  /** The templates {@code name} loads by a name written out; a name computed while the page renders cannot be followed. */
  private List<TemplateLoads.Load> loads(String name) {
    return loads.computeIfAbsent(name, n -> {
      TemplateLoads.Reading reading = reader.of(n, text(n));
      return reading == null ? List.of() : reading.loads();
    });
  }

  private Loop includeLoop(String name, List<String> path, Set<String> done) {
    if (!done.add(name)) {
      return null;
    }
    path.add(name);
    for (TemplateLoads.Load load : loads(name)) {
      if (load.kind() != TemplateLoads.Kind.INCLUDE) {
        continue;
      }
      String target = load.name();
      if (path.contains(target)) {
        return new Loop(name, load.line(), target, false);
      }
      Loop deeper = includeLoop(target, path, done);
      if (deeper != null) {
        return deeper;
      }
    }
    path.remove(path.size() - 1);
    return null;
  }

  /** Macros of every template the page reaches, by name, with the macros each calls and where. */
  private Loop macroLoop(String page) {
    Map<String, List<Loop>> calls = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    List<String> queue = new ArrayList<>(List.of(page));
    for (int i = 0; i < queue.size(); i++) {
      String name = queue.get(i);
      if (!seen.add(name)) {
        continue;
      }
      loads(name).forEach(load -> queue.add(load.name()));
      collectMacroCalls(name, text(name), calls);
    }
    for (String macro : calls.keySet()) {
      Loop loop = callLoop(macro, calls, new ArrayList<>(), new HashSet<>());
      if (loop != null) {
        return loop;
      }
    }
    return null;
  }

  private static void collectMacroCalls(String template, String text, Map<String, List<Loop>> calls) {
    Matcher start = MACRO.matcher(text);
    while (start.find()) {
      Matcher end = MACRO_END.matcher(text);
      int stop = end.find(start.end()) ? end.start() : text.length();
      List<Loop> made = calls.computeIfAbsent(start.group(1), k -> new ArrayList<>());
      Matcher call = CALL.matcher(text).region(start.end(), stop);
      while (call.find()) {
        made.add(new Loop(template, lineAt(text, call.start()), call.group(1), true));
      }
      String body = text.substring(start.end(), stop);
      Matcher functionCall = Pattern.compile("\\b" + Pattern.quote(start.group(1)) + "\\s*\\(").matcher(body);
      if (text.startsWith("function", start.start() + 2) && functionCall.find()) {
        made.add(new Loop(template, lineAt(text, start.end() + functionCall.start()), start.group(1), true));
      }
    }
  }

  private static Loop callLoop(String macro, Map<String, List<Loop>> calls, List<String> path, Set<String> done) {
    if (!done.add(macro)) {
      return null;
    }
    path.add(macro);
    for (Loop call : calls.getOrDefault(macro, List.of())) {
      if (path.contains(call.called())) {
        return call;
      }
      Loop deeper = callLoop(call.called(), calls, path, done);
      if (deeper != null) {
        return deeper;
      }
    }
    path.remove(path.size() - 1);
    return null;
  }

  private static int lineAt(String text, int index) {
    int line = 1;
    for (int i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
      line++;
    }
    return line;
  }
}
