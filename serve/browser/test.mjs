// Drives the unspin web page in a real browser: pastes the example text,
// analyzes it, checks the highlights and the repaired text, toggles a
// finding with the keyboard, checks hostile text stays text, and saves a
// screenshot; then asks for the source of a translated text (the server
// was started with source/testdata/sources). Usage: node test.mjs URL
// EXAMPLE_FILE SCREENSHOT_FILE SOURCE_QUERY_FILE
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";

const [url, exampleFile, shot, queryFile] = process.argv.slice(2);
const example = readFileSync(exampleFile, "utf8");
const fail = (msg) => { console.error("browser test: " + msg); process.exitCode = 1; };

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("dialog", (d) => { errors.push("dialog: " + d.message()); d.dismiss(); });
  await page.goto(url);
  await page.fill("#text", example);
  await page.selectOption("#lang", "fr");
  await page.click("#analyze");
  await page.waitForSelector("#marked mark", { timeout: 15000 });
  const marks = await page.$$eval("#marked mark", (ms) => ms.map((m) => ({ text: m.textContent, cls: m.className, title: m.title })));
  if (marks.length < 3) fail("expected at least 3 highlights, got " + JSON.stringify(marks));
  if (!marks.some((m) => m.title.includes("cross-lingual-spin"))) fail("no cross-lingual-spin highlight: " + JSON.stringify(marks));
  const repaired = await page.inputValue("#repaired");
  for (const want of ["plan long de trois ans", "le but de la réforme", "la situation des usagers"]) {
    if (!repaired.includes(want)) fail("repaired text lacks " + JSON.stringify(want) + ": " + repaired);
  }
  const verdict = await page.textContent("#verdict-text");
  if (!/Verdict: spun/.test(verdict)) fail("verdict: " + verdict);
  // Keyboard: focus the first finding, Enter rejects its suggestion.
  await page.focus("#marked mark");
  const detail = await page.textContent("#detail");
  if (!detail.includes("confidence")) fail("no detail on focus: " + detail);
  await page.keyboard.press("Enter");
  const after = await page.inputValue("#repaired");
  if (after === repaired || !after.includes("lengthy")) fail("Enter did not reject the first suggestion");
  if (!(await page.textContent("#detail")).includes("(rejected;")) fail("the detail does not show the rejection");
  await page.click("#accept-all");
  if ((await page.inputValue("#repaired")) !== repaired) fail("accept all did not restore every suggestion");
  if (!(await page.textContent("#detail")).includes("(accepted;")) fail("the detail kept a stale state after accept all");
  await page.screenshot({ path: shot, fullPage: true });
  // Hostile text stays text.
  await page.fill("#text", '<img src=x onerror="alert(1)"> le however de la <b>state of affairs</b>');
  await page.click("#analyze");
  await page.waitForFunction(() => document.querySelector("#status").textContent.includes("finding"));
  const imgs = await page.$$eval("#marked img, #marked b, #detail img", (x) => x.length);
  if (imgs !== 0) fail("hostile markup became HTML");
  // The source of a translated text, among the server's sources.
  if (queryFile) {
    await page.waitForSelector("#source:not([hidden])", { timeout: 5000 });
    await page.fill("#text", readFileSync(queryFile, "utf8"));
    await page.click("#find-source");
    await page.waitForSelector("#source-list li", { timeout: 15000 });
    const first = await page.textContent("#source-list li");
    if (!first.includes("election.txt") || !first.includes("(the source)") || !first.includes("rehtla")) fail("source: " + first);
  }
  if (errors.length) fail("page errors: " + errors.join("; "));
  if (!process.exitCode) console.log("browser test: ok (" + marks.length + " highlights; screenshot " + shot + ")");
} finally {
  await browser.close();
}
