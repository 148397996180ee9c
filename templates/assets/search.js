// The search page of Briefing: reads the split index under the page's data-index folder
// (docs/search.md). No framework; content is never parsed as HTML: every text is a DOM text node.
(function () {
  "use strict";
  var section = document.querySelector("[data-index]");
  if (!section || !window.fetch) { return; }
  var base = section.getAttribute("data-index");
  var form = section.querySelector(".search-form");
  var input = form.querySelector("#search-q");
  var filters = form.querySelector(".search-filters");
  var status = section.querySelector(".search-status");
  var list = section.querySelector(".search-results");
  var more = section.querySelector(".search-more");
  var PAGE = 10, PHRASE_CHECKS = 100;
  // the theme's words, in the site's language (templates/strings)
  var say = function (name) { return section.getAttribute("data-" + name); };
  var manifest = null, stop = {}, optional = {}, fragments = {}, tails = {}, results = new Map(), texts = {}, run = 0, shown = 0, current = null;
  var PHRASE_BLOCKS = "h1, h2, h3, h4, p, li, blockquote, figcaption, dt, dd, td";
  // A story's or page's own text on its page, as the theme marks it: the headline, standfirst,
  // editor's summary and body; not the theme's labels around it (byline, sources, the edition's
  // line, "Why it matters")
  var OWN_TEXT = "h1, .standfirst, .summary, .story-body";

  // The same rules as the build's (Words.java): a word is a run of letters, digits and marks,
  // lower-cased, accents folded; words of one character are left out. A run of Chinese or Japanese
  // characters (CJK, the same class as Words.isCjk), written without spaces, gives each pair of
  // neighbouring characters (with the marks that follow each) as a word instead.
  var WORD = /[\p{L}\p{N}\p{M}]+/gu;
  var CJK_CLASS = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30FC\\uFF70\\u3006";
  var PART = new RegExp("((?:[" + CJK_CLASS + "]\\p{M}*)+)|[^" + CJK_CLASS + "]+", "gu");
  var CJK = new RegExp("[" + CJK_CLASS + "]\\p{M}*", "gu");
  // Letters folded with no mark to lose, the same table as Words.SPECIAL of the build.
  var SPECIAL = { "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ł": "l", "ı": "i", "ŀ": "l",
    "ħ": "h", "ŧ": "t", "ŋ": "n", "ə": "e", "ς": "σ", "ة": "ه", "ى": "ي", "ـ": "" };
  var SPECIAL_LETTER = new RegExp("[" + Object.keys(SPECIAL).join("") + "]", "g");
  function special(w) {
    return w.replace(SPECIAL_LETTER, function (c) { return SPECIAL[c]; });
  }
  function fold(word) {
    return special(special(word.toLowerCase()).normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase());
  }
  function words(text) {
    var out = [], m, p, c;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      PART.lastIndex = 0;
      while ((p = PART.exec(m[0])) !== null) {
        var at = m.index + p.index;
        if (p[1]) {
          var units = [];
          CJK.lastIndex = 0;
          while ((c = CJK.exec(p[0])) !== null) { units.push(c); }
          for (var i = 1; i < units.length; i++) {
            var pair = units[i - 1][0] + units[i][0];
            out.push({ text: pair, folded: fold(pair), at: at + units[i - 1].index });
          }
          continue;
        }
        var f = fold(p[0]);
        if (p[0].length > 1 && p[0].length <= 40 && f.length > 1) { out.push({ text: p[0], folded: f, at: at }); }
      }
    }
    return out;
  }
  function bucket(key) {
    var h = 0x811c9dc5 | 0;
    for (var i = 0; i < key.length; i++) { h = Math.imul(h ^ key.charCodeAt(i), 16777619); }
    return h & (manifest.fragments - 1);
  }
  function json(path) {
    return fetch(base + path + "?v=" + manifest.version).then(function (r) {
      if (!r.ok) { throw new Error(path + ": " + r.status); }
      return r.json();
    });
  }
  function fragment(key) {
    var b = bucket(key);
    if (!fragments[b]) { fragments[b] = json("f/" + b + ".json"); }
    return fragments[b];
  }
  function tail(b) {
    if (!tails[b]) { tails[b] = json("g/" + b + ".json"); }
    return tails[b];
  }
  // A result file holds the documents of manifest.group consecutive numbers: it is fetched once,
  // for the first of them asked for, and its promise kept for the others.
  function doc(id) {
    var n = manifest.group, g = Math.floor(id / n);
    if (!results.has(g)) { results.set(g, json("d/" + g + ".json")); }
    return results.get(g).then(function (file) { return file[id - g * n]; });
  }
  // The text of a result for the phrase check: the blocks of its own text on its published page
  // (its story or page), read from an inert document that runs nothing and loads nothing; the index
  // keeps no copy of the texts the pages already hold. A site's own template that marks no such
  // text gives the blocks of its whole article.
  function text(id) {
    if (!texts[id]) {
      texts[id] = doc(id).then(function (d) {
        if (d.u === undefined) { return { all: [], paragraphs: [] }; }
        return fetch(d.u).then(function (r) {
          if (!r.ok) { throw new Error(d.u + ": " + r.status); }
          return r.text();
        }).then(function (html) {
          var page = new DOMParser().parseFromString(html, "text/html");
          var root = page.querySelector("main article") || page.querySelector("main") || page.body;
          var own = root.querySelector(OWN_TEXT) !== null;
          var all = [], paragraphs = [];
          root.querySelectorAll(PHRASE_BLOCKS).forEach(function (b) {
            if (own && !b.closest(OWN_TEXT)) { return; }
            var t = b.textContent.trim();
            if (t) { all.push(t); if (!/^H\d$/.test(b.tagName)) { paragraphs.push(t); } }
          });
          // headings count for the phrase, paragraphs give the excerpt
          return { all: all, paragraphs: paragraphs };
        });
      });
    }
    return texts[id];
  }
  // A postings list as the build writes it (PostingsCodec.java): "s" and per posting the gap from
  // the number before and a level, or "d", the first number and a level (A: none) per number.
  // (by character code: the lists of a word of most stories are decoded while the reader waits)
  var ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", CODE = new Uint8Array(128);
  for (var c = 0; c < 64; c++) { CODE[ALPHA.charCodeAt(c)] = c; }
  function decode(t) {
    // a posting takes at least two characters, a number of the dense form one: 2n numbers at most
    var out = new Int32Array(2 * t.length), k = 0, at = 1, id = 0, n = t.length;
    function number() {
      var v = 0, scale = 1, c;
      do { c = CODE[t.charCodeAt(at++)]; v += (c & 31) * scale; scale *= 32; } while (c >= 32);
      return v;
    }
    if (t.charCodeAt(0) === 115) { // "s"
      while (at < n) { id += number(); out[k++] = id; out[k++] = CODE[t.charCodeAt(at++)]; }
    } else {
      for (id = number(); at < n; at++, id++) {
        var level = CODE[t.charCodeAt(at)];
        if (level) { out[k++] = id; out[k++] = level; }
      }
    }
    return out.subarray(0, k);
  }
  function ids(gaps) {
    var out = [], id = 0;
    for (var i = 0; i < gaps.length; i++) { id += gaps[i]; out.push(id); }
    return out;
  }

  // Typographic quotes make a phrase as the straight double quote does: “…” ”…” „…“ « … » » … «
  // ‹ … › 「…」 『…』 (each mark as a ", so that a pair opens and closes a phrase whichever way
  // round a language writes it), and ‘…’ ‚…‘, whose closing mark is no apostrophe (mayor’s).
  var DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\u300C\u300D\u300E\u300F]/g;
  var SINGLE_QUOTES = /(^|[^\p{L}\p{N}\p{M}])[\u2018\u201A]((?:[^\u2018\u2019]|\u2019(?=[\p{L}\p{N}]))*)(?:([\u2018\u2019])(?![\p{L}\p{N}])|$)/gu;
  function straightQuotes(q) {
    return q.replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, function (all, before, inner, closed) {
      return before + '"' + inner + (closed ? '"' : "");
    });
  }

  // The query: phrases in quotes, other words; the last word is a prefix while it is being typed.
  function parse(typed) {
    var q = straightQuotes(typed);
    var phrases = [], rest = q.replace(/"([^"]*)("|$)/g, function (all, inner) {
      var ws = words(inner);
      if (ws.length) { phrases.push(ws.map(function (w) { return w.folded; })); }
      return " ";
    });
    var terms = [], seen = {};
    var typing = /[\p{L}\p{N}\p{M}]$/u.test(q);
    var loose = words(rest);
    loose.forEach(function (w, i) {
      var prefix = typing && i === loose.length - 1 && rest.trimEnd().length === rest.length;
      if (!stop[w.folded] && !seen[w.folded]) { seen[w.folded] = true; terms.push({ word: w.folded, prefix: prefix, optional: !!optional[w.folded] }); }
    });
    phrases.forEach(function (p) {
      p.forEach(function (w) {
        if (!stop[w] && !seen[w]) { seen[w] = true; terms.push({ word: w, prefix: false, optional: !!optional[w] }); }
      });
    });
    return { terms: terms, phrases: phrases };
  }

  // The stems a typed word stands for: the stems of the same folded word in the site; else, for a
  // word still being typed, of the words it begins; else the stems it begins with (an inflection
  // no story uses, "suspending" for "suspend").
  function lookUp(term, whole) {
    var key = term.word.length <= manifest.key ? term.word : term.word.slice(0, manifest.key);
    // a query that needs whole lists asks for the fragment's tail file alone, which has the same words
    // and stems with every list whole: one file a word, not two (each request is slower the more are
    // under way at once)
    return (whole ? tail(bucket(key)) : fragment(key)).then(function (f) {
      var stems = {}, surfaces = {};
      function take(surface) { surfaces[surface] = true; f.w[surface].split(" ").forEach(function (s) { stems[s] = true; }); }
      if (f.w[term.word]) { take(term.word); }
      if (term.prefix) {
        var n = 0;
        for (var s in f.w) { if (n < 200 && s.length > term.word.length && s.lastIndexOf(term.word, 0) === 0) { take(s); n++; } }
      }
      if (!Object.keys(stems).length) {
        for (var st in f.p) { if (st.length >= Math.max(3, term.word.length - 4) && term.word.lastIndexOf(st, 0) === 0) { stems[st] = true; } }
      }
      var lists = Object.keys(stems).filter(function (st) { return f.p[st]; }).map(function (st) {
        var p = decode(f.p[st][1]);
        return { stem: st, df: f.p[st][0], postings: p, whole: p.length / 2 === f.p[st][0] };
      });
      return { lists: lists, stems: Object.keys(stems), surfaces: surfaces, word: term.word, prefix: term.prefix, optional: term.optional };
    });
  }

  function facetIds(facet, name) {
    var key = facet + ":" + name;
    return fragment(key).then(function (f) { return new Set(ids(f.f[key] || [])); });
  }

  function dayStart(date, after) {
    // the number of the first document of the first day on or after date (of the day after, with after)
    var days = manifest.days, i = 0;
    while (i < days.length && (days[i][0] < date || (after && days[i][0] === date))) { i++; }
    return i < days.length ? days[i][1] : manifest.stories;
  }

  // The documents in [lo, hi) that have every word of the query, each with its total: the sum, in
  // the order of the query's words, of each word's score, the best of its stems' idf × weight. A
  // document's count of the words it has so far keeps the next word from adding to the others.
  function matching(terms, lo, hi) {
    var n = manifest.documents, total = new Float64Array(n), count = new Int32Array(n), out = [];
    terms.forEach(function (term, t) {
      // a word of several stems (while it is typed) takes the best of them in each document
      var best = term.lists.length > 1 ? new Float64Array(n) : null;
      term.lists.forEach(function (l) {
        var idf = Math.log(1 + (n - l.df + 0.5) / (l.df + 0.5)), p = l.postings;
        for (var i = 0; i < p.length; i += 2) {
          var id = p[i];
          if (count[id] !== t) { continue; }
          var s = idf * p[i + 1] * 0.04;
          if (best) { if (best[id] < s) { best[id] = s; } } else { total[id] += s; count[id] = t + 1; }
        }
      });
      if (best) { for (var id = 0; id < n; id++) { if (best[id]) { total[id] += best[id]; count[id] = t + 1; } } }
    });
    for (var id = lo; id < hi; id++) { if (count[id] === terms.length) { out.push(id); } }
    return { ids: out, total: total };
  }

  // Adds an optional word's score (the best of its stems') to the documents that have it.
  function scoreInto(term, total) {
    var n = manifest.documents, best = new Float64Array(n);
    term.lists.forEach(function (l) {
      var idf = Math.log(1 + (n - l.df + 0.5) / (l.df + 0.5)), p = l.postings;
      for (var i = 0; i < p.length; i += 2) { best[p[i]] = Math.max(best[p[i]], idf * p[i + 1] * 0.04); }
    });
    for (var id = 0; id < n; id++) { total[id] += best[id]; }
  }

  // The first k of ids in the order given, found in one pass: a page of results needs no sort of
  // the thousands of documents a query of common words matches.
  function first(ids, order, k) {
    var top = [];
    for (var i = 0; i < ids.length; i++) {
      var id = ids[i], at = top.length;
      if (at === k && order(id, top[k - 1]) >= 0) { continue; }
      while (at > 0 && order(id, top[at - 1]) < 0) { at--; }
      top.splice(at, 0, id);
      if (top.length > k) { top.pop(); }
    }
    return top;
  }

  // The results of a query in order, at least to end: the first page is picked out of the matching
  // documents, and the whole list is sorted only when a later page is asked for.
  function ranked(result, end) {
    if (result.sorted.length < Math.min(end, result.ids.length)) { result.sorted = result.ids.slice().sort(result.order); }
    return result.sorted;
  }

  function search(state, all) {
    var parsed = parse(state.q);
    if (!parsed.terms.length) { return Promise.resolve(null); }
    var wanted = [];
    filters.querySelectorAll("select[data-facet]").forEach(function (s) {
      if (state[s.name]) { wanted.push(facetIds(s.getAttribute("data-facet"), state[s.name])); }
    });
    // one word, ranked by relevance, nothing else: the best postings in its fragment give the first
    // page; anything else needs the whole lists
    var quick = !all && parsed.terms.length === 1 && !parsed.phrases.length && !wanted.length && !state.from && !state.to
      && state.order !== "newest";
    return Promise.all([Promise.all(parsed.terms.map(function (t) { return lookUp(t, !quick); })), Promise.all(wanted)]).then(function (found) {
      // a stop word of some of the site's languages only ("war", German for "was") is not required:
      // the stories of those languages do not index it; it adds to the score of those that have it
      var looked = found[0], sets = found[1];
      var terms = looked.filter(function (t) { return !t.optional; }), extra = looked.filter(function (t) { return t.optional; });
      if (!terms.length) { terms = extra; extra = []; }
      var lo = state.from ? dayStart(state.from, false) : 0;
      var hi = state.to ? dayStart(state.to, true) : manifest.documents;
      if (state.from || state.to) { hi = Math.min(hi, manifest.stories); }
      var matched = matching(terms, lo, hi), total = matched.total, ids = matched.ids;
      extra.forEach(function (t) { scoreInto(t, total); });
      if (sets.length) { ids = ids.filter(function (id) { return sets.every(function (set) { return set.has(id); }); }); }
      // newest first: stories (numbered oldest first) before pages, each from the highest number
      var stories = manifest.stories;
      var newest = function (a, b) { return (b < stories) - (a < stories) || b - a; };
      var order = state.order === "newest" ? newest : function (a, b) { return total[b] - total[a] || newest(a, b); };
      var partial = terms.some(function (t) { return t.lists.some(function (l) { return !l.whole; }); });
      // with the best postings only, the count is the word's number of documents (its largest stem's while typing)
      var least = Math.max.apply(null, [0].concat(terms[0].lists.map(function (l) { return l.df; })));
      return { ids: ids, sorted: first(ids, order, PAGE), order: order, terms: looked, phrases: parsed.phrases, partial: partial,
        state: state, count: partial ? least : ids.length, exact: !partial || terms[0].lists.length === 1 };
    });
  }

  // The text a result file holds for the excerpt: the opening's paragraphs and the summary.
  function lead(d) { return d.x.concat(d.s ? [d.s] : []); }

  // The names a document is filed under, each on its own: a phrase may be one of them, as its words are indexed.
  function names(d) { return [].concat(d.f.topic || [], d.f.place || [], d.f.author || [], d.f.source || []); }

  // The text a phrase is checked against: the result file's own (headline, summary, opening, names)
  // when the phrase is there, which is the case of most news stories the phrase is about; else the
  // own text of the whole page, one round trip more.
  function phraseText(id, phrases) {
    return doc(id).then(function (d) {
      if (d.t === undefined) { return { all: [], paragraphs: [] }; }
      var own = [d.t].concat(lead(d), names(d));
      if (hasPhrases(own, phrases)) { return { all: own, paragraphs: lead(d) }; }
      return text(id).then(function (t) { return { all: t.all.concat(names(d)), paragraphs: t.paragraphs }; });
    });
  }

  // Phrases are checked against the text of the candidates, best first: the index keeps no positions.
  function hasPhrases(x, phrases) {
    if (!phrases.length) { return true; }
    var text = x.map(function (p) { return words(p).map(function (w) { return w.folded; }).join(" "); });
    return phrases.every(function (p) {
      var needle = " " + p.join(" ") + " ";
      return text.some(function (t) { return (" " + t + " ").indexOf(needle) >= 0; });
    });
  }

  function matches(result, folded) {
    return result.terms.some(function (t) {
      return t.surfaces[folded] || (t.prefix && folded.lastIndexOf(t.word, 0) === 0)
        || t.stems.some(function (s) { return s.length >= 3 && folded.lastIndexOf(s, 0) === 0; });
    });
  }

  // Text with the words that match as <mark>, made of text nodes.
  function highlighted(into, text, result, from, to) {
    var ws = words(text), at = from, mark = null;
    ws.forEach(function (w) {
      var end = w.at + w.text.length;
      if (w.at < from || end > to || end <= at || !matches(result, w.folded)) { return; }
      // pairs of Chinese or Japanese characters overlap: a pair that goes on from a mark extends it
      var start = Math.max(at, w.at);
      if (start > at) { into.appendChild(document.createTextNode(text.slice(at, start))); mark = null; }
      if (!mark) { mark = document.createElement("mark"); into.appendChild(mark); }
      mark.textContent += text.slice(start, end);
      at = end;
    });
    if (at < to) { into.appendChild(document.createTextNode(text.slice(at, to))); }
  }

  // The paragraph with the most matching words, cut to about 30 words around the first.
  function excerpt(paragraphs, result) {
    var best = null, bestCount = -1;
    paragraphs.forEach(function (p) {
      var n = words(p).filter(function (w) { return matches(result, w.folded); }).length;
      if (n > bestCount) { best = p; bestCount = n; }
    });
    var p = document.createElement("p");
    p.className = "search-excerpt";
    if (!best) { return p; }
    var ws = words(best), first = 0;
    for (var i = 0; i < ws.length; i++) { if (matches(result, ws[i].folded)) { first = i; break; } }
    var start = Math.max(0, first - 10), end = Math.min(ws.length, start + 30);
    var from = start === 0 ? 0 : ws[start].at, to = end >= ws.length ? best.length : ws[end].at;
    if (from > 0) { p.appendChild(document.createTextNode("… ")); }
    highlighted(p, best, result, from, to);
    if (to < best.length) { p.appendChild(document.createTextNode(" …")); }
    return p;
  }

  function item(d, result, paragraphs) {
    var li = document.createElement("li");
    var h = document.createElement("h2");
    var a = document.createElement("a");
    a.href = d.u;
    highlighted(a, d.t, result, 0, d.t.length);
    h.appendChild(a);
    li.appendChild(h);
    var meta = document.createElement("p");
    meta.className = "meta";
    var facets = [].concat(d.f.topic || [], d.f.place || []);
    if (d.d) {
      var time = document.createElement("time");
      time.dateTime = d.d;
      time.textContent = d.d;
      meta.appendChild(time);
      if (facets.length) { meta.appendChild(document.createTextNode(" · ")); }
    }
    meta.appendChild(document.createTextNode(facets.join(", ")));
    li.appendChild(meta);
    // no story without its sources, in a result as on a card
    if (d.f.source && d.f.source.length) {
      var sources = document.createElement("p");
      sources.className = "source-line";
      sources.textContent = say("sources") + " " + d.f.source.join(", ");
      li.appendChild(sources);
    }
    if (d.l) { li.lang = d.l; }
    li.appendChild(excerpt(paragraphs, result));
    return li;
  }

  // Shows the next page of results, each as soon as its files and those of the results before it
  // are in: the files of a page are fetched at once, not one after the other. A phrase query checks
  // its candidates a page at a time, best first, until a page of them has the phrase.
  function showMore(result, mine) {
    var phrases = result.phrases.length > 0, added = 0, checked = 0;
    function show(li) {
      if (result.fresh) { list.textContent = ""; result.fresh = false; }
      list.appendChild(li);
      if (!added++ && !result.shownOnce) { result.shownOnce = true; performance.mark("search-first-result"); }
    }
    function page() {
      var from = shown, hits = ranked(result, from + PAGE).slice(from, from + (phrases ? Math.min(PAGE, PHRASE_CHECKS - checked) : PAGE - added));
      if (mine !== run || added >= PAGE || !hits.length) { return Promise.resolve(); }
      var chain = Promise.resolve();
      // before the first result of a query is shown, its file is asked for alone and the others once
      // it is in and drawn (in a task after the one that draws it): each request comes later the more
      // are under way at once (six connections over HTTP/1.1, and the work of each in the browser
      // and the server)
      var opening = result.shownOnce ? Promise.resolve() : doc(hits[0]).catch(function () {}).then(function () {
        return new Promise(function (go) { setTimeout(go, 0); });
      });
      hits.forEach(function (id, i) {
        var got = (i ? opening : Promise.resolve()).then(function () {
          return Promise.all([doc(id), phrases ? phraseText(id, result.phrases) : null]);
        });
        chain = chain.then(function () {
          if (mine !== run || added >= PAGE) { return; }
          return got.then(function (got) {
            if (mine !== run || added >= PAGE) { return; }
            shown = from + i + 1;
            checked++;
            var d = got[0], x = got[1] ? got[1].paragraphs : lead(d);
            if (d.t !== undefined && hasPhrases(got[1] ? got[1].all : [], result.phrases)) { show(item(d, result, x)); result.found++; }
          });
        });
      });
      return chain.then(function () { return !phrases || checked < PHRASE_CHECKS ? page() : null; });
    }
    return page().then(function () {
      if (mine !== run) { return; }
      if (result.fresh) { list.textContent = ""; result.fresh = false; }
      var exact = phrases ? shown >= result.ids.length : result.exact;
      var total = phrases ? result.found : result.count;
      status.textContent = total === 0 && exact ? say("none") : say("results") + " " + (exact ? total : say("at-least") + " " + total);
      more.hidden = result.partial ? total <= shown : shown >= result.ids.length || (phrases && checked >= PHRASE_CHECKS && !added);
      performance.mark("search-results");
    });
  }

  function state() {
    var s = { q: input.value };
    form.querySelectorAll("select, input[type=date]").forEach(function (el) { s[el.name] = el.value; });
    return s;
  }

  function update() {
    var s = state(), mine = ++run;
    var params = new URLSearchParams();
    Object.keys(s).forEach(function (k) { if (s[k] && !(k === "order" && s[k] === "relevance")) { params.set(k, s[k]); } });
    // the query's files are asked for first, the address written while they come
    var searched = search(s);
    history.replaceState(null, "", params.toString() ? "?" + params : location.pathname);
    return searched.then(function (result) {
      if (mine !== run) { return; }
      shown = 0;
      current = result;
      if (!result) { list.textContent = ""; status.textContent = ""; more.hidden = true; return; }
      result.found = 0;
      // the list keeps the results of the query before until the first of these is ready
      result.fresh = true;
      return showMore(result, mine);
    }).catch(function (e) {
      if (mine === run) { status.textContent = say("failed"); }
    });
  }

  // A key typed after a pause runs the query at once; keys that follow within 30 ms (a word pasted,
  // a key held down) are run together 30 ms after the last of them.
  var timer = 0, ran = -Infinity;
  function now() { ran = performance.now(); update(); }
  function soon() {
    clearTimeout(timer);
    if (performance.now() - ran >= 30) { now(); } else { timer = setTimeout(now, 30); }
  }

  fetch(base + "manifest.json").then(function (r) { return r.json(); }).then(function (m) {
    manifest = m;
    m.stop.forEach(function (w) { stop[w] = true; });
    (m.optional || []).forEach(function (w) { optional[w] = true; });
    var params = new URLSearchParams(location.search);
    filters.querySelectorAll("select[data-facet]").forEach(function (select) {
      (m.facets[select.getAttribute("data-facet")] || []).forEach(function (entry) {
        var option = document.createElement("option");
        option.value = entry[0];
        option.textContent = entry[0] + " (" + entry[1] + ")";
        select.appendChild(option);
      });
      if (select.options.length < 2) { select.parentNode.hidden = true; }
    });
    form.querySelectorAll("select, input").forEach(function (el) {
      if (params.get(el.name)) { el.value = params.get(el.name); }
    });
    filters.hidden = false;
    // the rules of words compiled now rather than at the first key (a regular expression of Unicode
    // classes is compiled when first used)
    parse("Déf\u0301 x \"ab\"");
    input.addEventListener("input", soon);
    filters.addEventListener("change", update);
    form.addEventListener("submit", function (e) { e.preventDefault(); update(); });
    more.addEventListener("click", function () {
      if (!current) { return; }
      var mine = run;
      if (!current.partial) { showMore(current, mine); return; }
      // the first page came from the best postings: the next ones need the whole lists
      search(current.state, true).then(function (all) {
        if (mine !== run) { return; }
        all.found = current.found;
        all.shownOnce = true;
        current = all;
        showMore(all, mine);
      }).catch(function () { if (mine === run) { status.textContent = say("failed"); } });
    });
    if (input.value) { update(); }
  }).catch(function () {
    status.textContent = say("unavailable");
  });
})();
