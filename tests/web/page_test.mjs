// precis serve's page in a real browser: Debian's chromium driven by
// playwright-core (deps/npm; no browser download). Starts its own servers on
// free loopback ports. Screenshots go to $PRECIS_SCREENSHOT_DIR.
//
// Usage: node tests/web/page_test.mjs   (env: PRECIS_BINARY, PRECIS_SOURCE_DIR,
// PRECIS_SCREENSHOT_DIR). Exit 0 pass, 1 fail, 77 skipped (no chromium or
// playwright-core, and CI is not set).

import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const source = process.env.PRECIS_SOURCE_DIR;
const binary = process.env.PRECIS_BINARY;
const shots = process.env.PRECIS_SCREENSHOT_DIR || os.tmpdir();
const chromiumPath = "/usr/bin/chromium";
const inCi = ["true", "1"].includes(process.env.CI || "");

function skip(reason) {
  if (inCi) {
    console.error(`FAIL: ${reason} (CI=true: the browser tests may not skip)`);
    process.exit(1);
  }
  console.log(`SKIP: ${reason}`);
  process.exit(77);
}

let chromium;
try {
  chromium = createRequire(path.join(source, "deps/npm/package.json"))("playwright-core").chromium;
} catch (e) {
  skip("playwright-core is not installed in deps/npm (run scripts/install-deps.sh)");
}
if (!fs.existsSync(chromiumPath)) skip(`${chromiumPath} not found (apt-get install chromium)`);

const failures = [];
function check(ok, what) {
  if (!ok) failures.push(what);
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
}

// Starts `precis serve` and resolves with its base URL once it listens.
function serve(args) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "precis-page-"));
  const child = spawn(binary, ["serve", "--listen", "127.0.0.1:0", "--store", path.join(dir, "briefs.db"), ...args],
                      { stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`precis serve did not start: ${log}`)), 20000);
    child.stderr.on("data", (chunk) => {
      log += chunk;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(log);
      if (m && !child.url) {
        child.url = m[1];
        clearTimeout(timer);
        resolve({ url: m[1], stop: () => { child.kill("SIGTERM"); fs.rmSync(dir, { recursive: true, force: true }); } });
      }
    });
    child.on("exit", (code) => reject(new Error(`precis serve exited ${code}: ${log}`)));
  });
}

async function post(base, body, token) {
  const headers = { "Content-Type": "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(`${base}/v1/briefs`, { method: "POST", headers, body: JSON.stringify(body) });
  return { status: res.status, json: await res.json() };
}

const zh = fs.readFileSync(path.join(source, "examples/zh-ukraine-force.md"), "utf8");
const en = fs.readFileSync(path.join(source, "examples/en-rate-decision.txt"), "utf8");

const server = await serve([]);
const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  await page.goto(server.url + "/");

  // Paste the example article, brief it.
  await page.fill("#article-text", zh);
  await page.click("#brief-button");
  await page.waitForSelector("#brief .statement");
  check((await page.textContent("#brief h2")).startsWith("在乌克兰部署"), "the brief shows the article's title");
  check((await page.textContent("#brief")).includes("核心观点"), "a Chinese brief has Chinese labels");
  check((await page.locator("#article p").count()) >= 9, "the article's paragraphs are beside the brief");

  // Click [3]: paragraph 3 is highlighted and in view.
  const cite3 = page.locator('#brief a.cite[data-n="3"]').first();
  check((await cite3.count()) === 1, "the brief cites paragraph 3");
  await page.evaluate(() => document.getElementById("article").scrollTo(0, 100000));
  await cite3.click();
  await page.waitForTimeout(300);
  check(await page.locator("#p-3").evaluate((p) => p.classList.contains("highlight")), "[3] highlights paragraph 3");
  const inView = await page.locator("#p-3").evaluate((p) => {
    const box = p.getBoundingClientRect();
    const frame = document.getElementById("article").getBoundingClientRect();
    return box.top >= frame.top - 1 && box.bottom <= frame.bottom + 1 && box.top >= 0 && box.bottom <= innerHeight;
  });
  check(inView, "paragraph 3 is scrolled into view");
  check((await page.locator("#article p.highlight").count()) === 1, "only paragraph 3 is highlighted");
  await page.screenshot({ path: path.join(shots, "page-cite-3.png"), fullPage: false });

  // Hover a statement: its paragraphs are marked.
  const core = page.locator('#brief .statement[data-where="core"]');
  const cited = (await core.getAttribute("data-cites")).split(",");
  await core.hover();
  check(await page.locator(`#p-${cited[0]}`).evaluate((p) => p.classList.contains("cited")),
        "hovering the core viewpoint marks the paragraphs it cites");

  // The audit, on demand.
  await page.click("#audit");
  await page.waitForSelector("#brief .verdict");
  check((await page.locator("#brief .verdict").count()) >= (await page.locator("#brief .statement").count()) - 1,
        "each statement shows its audit verdict");

  // Copy as Markdown.
  await page.click("#copy-md");
  await page.waitForTimeout(300);
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  check(clip.startsWith("# 在乌克兰部署") && clip.includes("[3]"), "the brief is copied as Markdown");

  // A second article, then search the history.
  await page.fill("#article-text", en);
  await page.click("#brief-button");
  await page.waitForFunction(() => document.querySelector("#brief h2")?.textContent.startsWith("Fed"));
  await page.waitForFunction(() => document.querySelectorAll("#history-list li").length === 2);
  await page.fill("#search", "乌克兰");
  await page.click("#search-form button");
  await page.waitForFunction(() => document.querySelectorAll("#history-list li").length === 1);
  check((await page.textContent("#history-list")).includes("在乌克兰部署"), "searching 乌克兰 finds the Chinese brief");
  await page.fill("#search", "rates");
  await page.click("#search-form button");
  await page.waitForFunction(() => document.querySelector("#history-list li")?.textContent.startsWith("Fed"));
  check((await page.locator("#history-list li").count()) === 1, "searching rates finds the English brief");
  await page.click("#history-list a.past");
  await page.waitForFunction(() => document.querySelector("#brief h2")?.textContent.startsWith("Fed"));
  check((await page.textContent("#brief")).includes("Core Viewpoint"), "an English brief has English labels");
  await page.screenshot({ path: path.join(shots, "page-history.png"), fullPage: true });

  // Hostile text renders as text.
  const hostile = {
    title: "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\"> Port strike",
    source: "\"><img src=x onerror=\"window.__xss=3\">",
    url: "javascript:window.__xss=4",
    paragraphs: [
      "<script>window.__xss=5</script> Dock workers in the port began a strike on Monday over pay, the union said.",
      "The union said <img src=x onerror=\"window.__xss=6\"> talks with the port authority had failed last week.",
      "The port authority said the strike would delay about forty ships this week, and talks would resume.",
    ],
  };
  const made = await post(server.url, { article: hostile });
  check(made.status === 201, `the hostile article is briefed (${made.status})`);
  await page.goto(`${server.url}/#brief-${made.json.id}`);
  await page.waitForFunction(() => document.querySelector("#article h2")?.textContent.includes("Port strike"));
  await page.reload();  // and opened afresh from its link
  await page.waitForFunction(() => document.querySelector("#article h2")?.textContent.includes("Port strike"));
  await page.waitForTimeout(300);
  check(await page.evaluate(() => window.__xss === undefined), "no script of the article ran");
  check((await page.locator("#brief img, #article img, #history-list img, script:not([src])").count()) === 0,
        "no element of the article's markup was made");
  const shownTitle = await page.textContent("#article h2");
  check(shownTitle === made.json.article.title && shownTitle.includes("<script>"),
        `the hostile title shows as its text (${shownTitle})`);
  check((await page.locator('a[href^="javascript:"]').count()) === 0, "a javascript: URL is no link");
  await page.screenshot({ path: path.join(shots, "page-hostile.png"), fullPage: true });
  check(problems.length === 0, `no page errors or CSP violations (${problems.join("; ")})`);

  // A dropped or opened file: an HTML page read as HTML.
  const htmlFile = path.join(os.tmpdir(), `precis-page-${process.pid}.html`);
  fs.writeFileSync(htmlFile, "<!doctype html><html lang=en><head><title>Harbour works</title></head><body><article>" +
    "<h1>Harbour works delayed</h1><p>The port authority said on Monday that dredging of the main berth would " +
    "finish in May, two months later than planned.</p><p>Officials blamed storms in January for the delay, " +
    "which added about nine million dollars to the cost.</p><p>Shipping companies said the delay would not " +
    "change their schedules this year.</p></article></body></html>");
  await page.setInputFiles("#article-file", htmlFile);
  await page.waitForFunction(() => document.querySelector("#brief h2")?.textContent.startsWith("Harbour works"));
  check((await page.locator("#article p[id]").count()) === 3, "an opened HTML file is read as a page");
  fs.rmSync(htmlFile);
  await context.close();

  // Phone width: one column, nothing wider than the screen.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const small = await phone.newPage();
  await small.goto(`${server.url}/#brief-${made.json.id}`);
  await small.waitForSelector("#brief .statement");
  const layout = await small.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    briefBottom: document.getElementById("brief").getBoundingClientRect().bottom,
    articleTop: document.getElementById("article").getBoundingClientRect().top,
  }));
  check(layout.width <= 390, `at phone width nothing overflows (${layout.width} px)`);
  check(layout.articleTop >= layout.briefBottom, "at phone width the article follows the brief");
  await small.locator("#brief a.cite").first().click();
  await small.waitForTimeout(300);
  check((await small.locator("#article p.highlight").count()) === 1, "at phone width [n] still highlights");
  await small.screenshot({ path: path.join(shots, "page-phone.png"), fullPage: false });
  await phone.close();

  // A server with a token: the page asks for it once.
  const guarded = await serve(["--token", "page-token"]);
  try {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.goto(guarded.url + "/");
    await p.waitForSelector("#token-box:not([hidden])");
    check(true, "the page asks for the token");
    await p.fill("#token", "page-token");
    await p.click("#token-form button");
    await p.fill("#article-text", en);
    await p.click("#brief-button");
    await p.waitForSelector("#brief .statement");
    check((await p.textContent("#brief h2")).startsWith("Fed"), "with the token the page briefs");
    await ctx.close();
  } finally {
    guarded.stop();
  }
} catch (e) {
  failures.push(`exception: ${e.stack || e}`);
  console.error(e);
} finally {
  await browser.close();
  server.stop();
}

if (failures.length) {
  console.error(`${failures.length} failed:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
console.log("all page checks passed");
process.exit(0);
