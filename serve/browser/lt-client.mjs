// Feeds unspin's LanguageTool-compatible answer to a LanguageTool client
// library from npm (languagetool-api: its helpers read matches the way
// LanguageTool clients do — context.text.substr(offset, length) in UTF-16,
// replacements[0].value). Usage: node lt-client.mjs URL
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const lt = require("languagetool-api");

const url = process.argv[2];
const text = "😀 Le however de la réunion était de parler de la state of affairs.";
const res = await fetch(url + "v2/check", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ text, language: "fr-FR" }) });
const body = await res.json();
const fail = (m) => { console.error("lt client test: " + m); process.exitCode = 1; };
lt.showMistakes(body, (mistakes) => {
  if (JSON.stringify(mistakes) !== JSON.stringify(["however", "state of affairs"])) fail("mistakes " + JSON.stringify(mistakes));
});
lt.bestSuggestion(body, (s) => {
  if (s.length !== 2 || s[0].bestSuggestion !== "but" || s[1].bestSuggestion !== "situation") fail("suggestions " + JSON.stringify(s));
});
for (const m of body.matches) {
  if (text.substr(m.offset, m.length) !== m.context.text.substr(m.context.offset, m.context.length)) fail("offsets disagree with the context: " + JSON.stringify(m));
}
const langs = await (await fetch(url + "v2/languages")).json();
if (!langs.some((l) => l.longCode === "fr-FR")) fail("languages " + JSON.stringify(langs));
if (!process.exitCode) console.log("lt client test: ok (languagetool-api reads " + body.matches.length + " matches)");
