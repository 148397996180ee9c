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
  var manifest = null, stop = {}, fragments = {}, docs = {}, run = 0, shown = 0, current = null;

  // The same rules as the build's (Words.java): a word is a run of letters, digits and marks,
  // lower-cased, accents folded; words of one character are left out.
  var WORD = /[\p{L}\p{N}\p{M}]+/gu;
  var SPECIAL = { "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ł": "l", "ı": "i", "ŀ": "l",
    "ة": "ه", "ى": "ي", "ـ": "" };
  function fold(word) {
    var w = word.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "");
    return w.replace(/[ßæœøđðþłıŀةىـ]/g, function (c) { return SPECIAL[c]; });
  }
  function words(text) {
    var out = [], m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      var f = fold(m[0]);
      if (m[0].length > 1 && m[0].length <= 40 && f.length > 1) { out.push({ text: m[0], folded: f, at: m.index }); }
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
  function doc(id) {
    if (!docs[id]) { docs[id] = json("d/" + id + ".json"); }
    return docs[id];
  }
  function ids(gaps) {
    var out = [], id = 0;
    for (var i = 0; i < gaps.length; i++) { id += gaps[i]; out.push(id); }
    return out;
  }

  // The query: phrases in quotes, other words; the last word is a prefix while it is being typed.
  function parse(q) {
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
      if (!stop[w.folded] && !seen[w.folded]) { seen[w.folded] = true; terms.push({ word: w.folded, prefix: prefix }); }
    });
    phrases.forEach(function (p) {
      p.forEach(function (w) {
        if (!stop[w] && !seen[w]) { seen[w] = true; terms.push({ word: w, prefix: false }); }
      });
    });
    return { terms: terms, phrases: phrases };
  }

  // The stems a typed word stands for: the stems of the same folded word in the site; else, for a
  // word still being typed, of the words it begins; else the stems it begins with (an inflection
  // no story uses, "suspending" for "suspend").
  function lookUp(term) {
    var key = term.word.length <= manifest.key ? term.word : term.word.slice(0, manifest.key);
    return fragment(key).then(function (f) {
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
      var scores = new Map();
      Object.keys(stems).forEach(function (st) {
        var p = f.p[st];
        if (!p) { return; }
        var df = p.length / 2, n = manifest.documents;
        var idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        for (var i = 0, id = 0; i < p.length; i += 2) {
          id += p[i];
          var s = idf * p[i + 1] / 100;
          if (!(scores.get(id) >= s)) { scores.set(id, s); }
        }
      });
      return { scores: scores, stems: Object.keys(stems), surfaces: surfaces, word: term.word, prefix: term.prefix };
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

  function search(state) {
    var parsed = parse(state.q);
    if (!parsed.terms.length) { return Promise.resolve(null); }
    var wanted = [];
    filters.querySelectorAll("select[data-facet]").forEach(function (s) {
      if (state[s.name]) { wanted.push(facetIds(s.getAttribute("data-facet"), state[s.name])); }
    });
    return Promise.all([Promise.all(parsed.terms.map(lookUp)), Promise.all(wanted)]).then(function (found) {
      var terms = found[0], sets = found[1];
      var lo = state.from ? dayStart(state.from, false) : 0;
      var hi = state.to ? dayStart(state.to, true) : manifest.documents;
      if (state.from || state.to) { hi = Math.min(hi, manifest.stories); }
      var hits = [];
      terms[0].scores.forEach(function (score, id) {
        if (id < lo || id >= hi) { return; }
        for (var t = 1; t < terms.length; t++) {
          var s = terms[t].scores.get(id);
          if (s === undefined) { return; }
          score += s;
        }
        for (var k = 0; k < sets.length; k++) { if (!sets[k].has(id)) { return; } }
        hits.push({ id: id, score: score });
      });
      var newest = function (a, b) { return (b.id < manifest.stories) - (a.id < manifest.stories) || b.id - a.id; };
      hits.sort(state.order === "newest" ? newest : function (a, b) { return b.score - a.score || newest(a, b); });
      return { hits: hits, terms: terms, phrases: parsed.phrases };
    });
  }

  // Phrases are checked against the text of the candidates, best first: the index keeps no positions.
  function hasPhrases(d, phrases) {
    if (!phrases.length) { return true; }
    var text = [d.t, d.s].concat(d.x).map(function (p) { return words(p).map(function (w) { return w.folded; }).join(" "); });
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
    var ws = words(text), at = from;
    ws.forEach(function (w) {
      if (w.at < from || w.at + w.text.length > to || !matches(result, w.folded)) { return; }
      if (w.at > at) { into.appendChild(document.createTextNode(text.slice(at, w.at))); }
      var mark = document.createElement("mark");
      mark.textContent = w.text;
      into.appendChild(mark);
      at = w.at + w.text.length;
    });
    if (at < to) { into.appendChild(document.createTextNode(text.slice(at, to))); }
  }

  // The paragraph with the most matching words, cut to about 30 words around the first.
  function excerpt(d, result) {
    var best = null, bestCount = -1;
    d.x.concat(d.s ? [d.s] : []).forEach(function (p) {
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

  function item(d, result) {
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
    if (d.l) { li.lang = d.l; }
    li.appendChild(excerpt(d, result));
    return li;
  }

  // Shows the next results, checking phrases on the way; stops at a page of results.
  function showMore(result, mine) {
    var out = [], checked = 0;
    // the files of the next page of results are fetched at once, not one after the other
    result.hits.slice(shown, shown + PAGE).forEach(function (hit) { doc(hit.id); });
    function next() {
      if (mine !== run) { return Promise.resolve(); }
      if (out.length >= PAGE || shown >= result.hits.length || (result.phrases.length && checked >= PHRASE_CHECKS)) {
        return Promise.resolve();
      }
      var hit = result.hits[shown++];
      checked++;
      return doc(hit.id).then(function (d) {
        if (d.t !== undefined && hasPhrases(d, result.phrases)) { out.push(item(d, result)); result.found++; }
        return next();
      });
    }
    return next().then(function () {
      if (mine !== run) { return; }
      out.forEach(function (li) { list.appendChild(li); });
      var exact = !result.phrases.length || shown >= result.hits.length;
      var total = result.phrases.length ? result.found : result.hits.length;
      status.textContent = total === 0 && exact ? say("none") : say("results") + " " + (exact ? total : say("at-least") + " " + result.found);
      more.hidden = shown >= result.hits.length || (result.phrases.length && checked >= PHRASE_CHECKS && !out.length);
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
    history.replaceState(null, "", params.toString() ? "?" + params : location.pathname);
    return search(s).then(function (result) {
      if (mine !== run) { return; }
      list.textContent = "";
      shown = 0;
      current = result;
      if (!result) { status.textContent = ""; more.hidden = true; return; }
      result.found = 0;
      return showMore(result, mine);
    }).catch(function (e) {
      if (mine === run) { status.textContent = say("failed"); }
    });
  }

  var timer = 0;
  function soon() { clearTimeout(timer); timer = setTimeout(update, 30); }

  fetch(base + "manifest.json").then(function (r) { return r.json(); }).then(function (m) {
    manifest = m;
    m.stop.forEach(function (w) { stop[w] = true; });
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
    input.addEventListener("input", soon);
    filters.addEventListener("change", update);
    form.addEventListener("submit", function (e) { e.preventDefault(); update(); });
    more.addEventListener("click", function () { if (current) { showMore(current, run); } });
    if (input.value) { update(); }
  }).catch(function () {
    status.textContent = say("unavailable");
  });
})();
