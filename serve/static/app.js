// unspin web page: every piece of text from the user or the server is put
// in the page with textContent, never as HTML.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  let text = "", report = null, state = [], shown = -1;

  $("file").addEventListener("change", (e) => readFile(e.target.files[0]));
  $("text").addEventListener("dragover", (e) => e.preventDefault());
  $("text").addEventListener("drop", (e) => { e.preventDefault(); if (e.dataTransfer.files[0]) readFile(e.dataTransfer.files[0]); });
  $("analyze").addEventListener("click", analyze);
  $("accept-all").addEventListener("click", () => { state = state.map(() => "accepted"); render(); });
  $("reject-all").addEventListener("click", () => { state = state.map(() => "rejected"); render(); });
  $("copy").addEventListener("click", () => navigator.clipboard && navigator.clipboard.writeText($("repaired").value).then(() => status("Copied.")));
  $("download").addEventListener("click", () => {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([$("repaired").value], { type: "text/plain;charset=utf-8" }));
    a.download = "repaired.txt";
    a.click();
    URL.revokeObjectURL(a.href);
  });

  $("find-source").addEventListener("click", findSource);
  // The source search shows only when the server was given sources.
  fetch("/healthz").then((r) => r.json()).then((h) => {
    if (h.sources > 0) {
      $("source-about").textContent = "Which of the " + h.sources + " sources this server indexed (" + h.sources_lang + ") the text was copied from.";
      $("source").hidden = false;
    }
  }).catch(() => {});

  function status(s) { $("status").textContent = s; }

  // post sends a JSON request and returns the answer, or null after
  // saying what went wrong.
  async function post(path, body) {
    let res;
    try {
      res = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    } catch (e) { status("The server did not answer."); return null; }
    const data = await res.json();
    if (!res.ok) { status(data.error || ("Error " + res.status)); return null; }
    return data;
  }

  async function findSource() {
    const t = $("text").value;
    const list = $("source-list");
    list.textContent = "";
    if (!t.trim()) { status("Paste a text first."); return; }
    status("Searching the sources…");
    const body = { text: t };
    if ($("lang").value) body.lang = $("lang").value;
    const data = await post("/v1/source", body);
    if (!data) return;
    status(data.matches.length ? "" : "No source shares a name, number or word with the text.");
    data.matches.forEach((m) => {
      const li = document.createElement("li");
      const head = document.createElement("strong");
      head.textContent = m.id + (m.url ? " <" + m.url + ">" : "") + " — score " + m.score.toFixed(1) +
        (m.confidence !== undefined ? ", confidence " + m.confidence.toFixed(2) + (m.confidence >= 0.5 ? " (the source)" : " (probably not the source)") : "");
      li.appendChild(head);
      [["names", m.shared.names], ["numbers", m.shared.numbers], ["words", m.shared.words]].forEach(([k, v]) => {
        if (!v.length) return;
        const p = document.createElement("div");
        p.textContent = "shared " + k + ": " + v.join(", ");
        li.appendChild(p);
      });
      list.appendChild(li);
    });
  }

  function readFile(f) {
    if (!f) return;
    f.text().then((t) => { $("text").value = t; status("Loaded " + f.name + "."); });
  }

  async function analyze() {
    text = $("text").value;
    if (!text.trim()) { status("Paste a text first."); return; }
    status("Analyzing…");
    const body = { text: text };
    if ($("lang").value) body.lang = $("lang").value;
    if ($("same").checked) body.same_language = true;
    if ($("words").checked) body.same_language_words = true;
    const data = await post("/v1/analyze", body);
    if (!data) return;
    report = data;
    shown = -1;
    // Suggestions are accepted by default, as unspin fix does.
    state = report.findings.map((f) => (f.suggestion ? "accepted" : "rejected"));
    status(report.findings.length + " finding(s).");
    $("results").hidden = false;
    render();
  }

  // Code-point offsets (char_start) index the text as an array of code points.
  function render() {
    const cps = Array.from(text);
    const doc = $("marked");
    doc.textContent = "";
    let at = 0;
    report.findings.forEach((f, i) => {
      doc.appendChild(document.createTextNode(cps.slice(at, f.char_start).join("")));
      const m = document.createElement("mark");
      m.className = f.kind + " " + state[i];
      m.tabIndex = 0;
      m.dataset.index = String(i);
      m.textContent = state[i] === "accepted" && f.suggestion ? f.suggestion : cps.slice(f.char_start, f.char_end).join("");
      m.title = f.kind + (f.suggestion ? " → " + f.suggestion : "") + " (confidence " + f.confidence.toFixed(2) + ")";
      m.setAttribute("aria-label", m.title);
      m.addEventListener("focus", () => detail(i));
      m.addEventListener("mouseenter", () => detail(i));
      m.addEventListener("click", () => toggle(i));
      m.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); toggle(i); } });
      doc.appendChild(m);
      at = f.char_end;
    });
    doc.appendChild(document.createTextNode(cps.slice(at).join("")));
    $("repaired").value = repaired(cps);
    verdict();
    if (shown >= 0 && shown < report.findings.length) detail(shown); else $("detail").textContent = "";
  }

  function toggle(i) {
    if (!report.findings[i].suggestion) return;
    state[i] = state[i] === "accepted" ? "rejected" : "accepted";
    render();
    const m = document.querySelector('mark[data-index="' + i + '"]');
    if (m) m.focus();
  }

  function repaired(cps) {
    let out = "", at = 0;
    report.findings.forEach((f, i) => {
      out += cps.slice(at, f.char_start).join("");
      out += state[i] === "accepted" && f.suggestion ? f.suggestion : cps.slice(f.char_start, f.char_end).join("");
      at = f.char_end;
    });
    return out + cps.slice(at).join("");
  }

  function detail(i) {
    shown = i;
    const f = report.findings[i], d = $("detail");
    d.textContent = "";
    const h = document.createElement("strong");
    h.textContent = "“" + f.text + "” — " + f.kind + ", confidence " + f.confidence.toFixed(2) + (f.suggestion ? ", most likely original “" + f.suggestion + "” (" + state[i] + "; Enter toggles)" : "");
    d.appendChild(h);
    const ul = document.createElement("ul");
    (f.evidence || []).concat((f.alternatives || []).slice(1).map((a) => "also: " + a.text + " " + a.p.toFixed(2))).forEach((e) => {
      const li = document.createElement("li");
      li.textContent = e;
      ul.appendChild(li);
    });
    d.appendChild(ul);
  }

  function verdict() {
    const v = report.verdict;
    if (!v) { $("verdict-text").textContent = "No verdict (no words)."; return; }
    const p = v.p;
    document.querySelector(".bar .human").style.width = (100 * p.human) + "%";
    document.querySelector(".bar .mt").style.width = (100 * p["machine-translated"]) + "%";
    document.querySelector(".bar .spun").style.width = (100 * p.spun) + "%";
    $("verdict-text").textContent = "Verdict: " + v.label + " — human " + p.human.toFixed(2) + ", machine-translated " + p["machine-translated"].toFixed(2) + ", spun " + p.spun.toFixed(2) + (v.source_lang ? "; source language " + v.source_lang : "") + (v.evidence.length ? ". " + v.evidence.join("; ") : "");
  }
})();
