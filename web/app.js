// precis serve's page: paste, drop or link an article, read the brief beside
// it. Every piece of article or brief text reaches the page through
// textContent (never as markup), links only for http(s) URLs; the server's
// Content-Security-Policy allows no inline script or style.
"use strict";

const LABELS = {
  en: { core: "Core Viewpoint", group: (n) => `Group ${n}: `, sep: " - ", audit: "Show the audit",
        supported: "supported", copy: "Copy as Markdown", copied: "Copied" },
  zh: { core: "核心观点", group: (n) => `第${n}组：`, sep: " - ", audit: "显示核查", supported: "有据",
        copy: "复制 Markdown", copied: "已复制" },
};

const state = { token: sessionStorage.getItem("precis-token") || "", current: null, audit: null,
                cursor: null, query: "" };

const $ = (id) => document.getElementById(id);

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function setStatus(text, error) {
  const s = $("status");
  s.textContent = text;
  s.classList.toggle("error", !!error);
}

// A call to the API; asks for the token once when the server wants one.
async function api(method, path, body) {
  const headers = {};
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (state.token) headers["Authorization"] = "Bearer " + state.token;
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (res.status === 401) {
    $("token-box").hidden = false;
    $("token").focus();
    throw new Error("this server needs an access token");
  }
  const type = res.headers.get("Content-Type") || "";
  const payload = type.startsWith("application/json") ? await res.json() : await res.text();
  if (!res.ok) {
    const message = payload && payload.error ? payload.error.message : `HTTP ${res.status}`;
    throw new Error(message);
  }
  return payload;
}

function labelsFor(brief) { return brief.language === "zh" ? LABELS.zh : LABELS.en; }

// [1][3]: links that scroll to and mark their paragraph.
function citations(list) {
  const span = el("span", "cites");
  for (const n of list || []) {
    const a = el("a", "cite", `[${n}]`);
    a.href = `#p-${n}`;
    a.dataset.n = String(n);
    span.append(a);
  }
  return span;
}

function statementNode(tag, statement, where, prefix) {
  const node = el(tag, "statement");
  node.dataset.where = where;
  node.dataset.cites = (statement.citations || []).join(",");
  if (prefix) node.append(el("span", "label", prefix));
  node.append(document.createTextNode(statement.text));
  node.append(citations(statement.citations));
  if (statement.items && statement.items.length) {
    const ol = el("ol", "items");
    statement.items.forEach((item, i) => ol.append(statementNode("li", item, `${where} item ${i + 1}`)));
    node.append(ol);
  }
  return node;
}

function renderBrief(brief, article) {
  const L = labelsFor(brief);
  const box = $("brief");
  box.replaceChildren();
  box.lang = brief.language || "";
  box.append(el("h2", "title", brief.title || article.title || ""));
  const meta = [brief.source_latin && brief.source_latin !== brief.source ? `${brief.source} (${brief.source_latin})`
                                                                           : brief.source, brief.published]
                   .filter(Boolean).join(" · ");
  box.append(el("p", "meta", meta));
  box.append(statementNode("p", brief.core, "core", L.core + L.sep));
  (brief.groups || []).forEach((group, g) => {
    box.append(el("h3", "group", L.group(g + 1) + group.title));
    const ul = el("ul", "bullets");
    group.bullets.forEach((b, i) => ul.append(statementNode("li", b, `group ${g + 1} bullet ${i + 1}`)));
    box.append(ul);
  });
  $("audit").textContent = L.audit;
  $("copy-md").textContent = L.copy;
}

function renderArticle(article) {
  const box = $("article");
  box.replaceChildren();
  box.lang = article.language || "";
  box.append(el("h2", "title", article.title || ""));
  const meta = el("p", "meta");
  meta.append(document.createTextNode([article.source, article.published].filter(Boolean).join(" · ")));
  if (/^https?:\/\//i.test(article.url || "")) {
    const a = el("a", "source-link", article.url);
    a.href = article.url;
    a.rel = "noopener noreferrer";
    a.target = "_blank";
    meta.append(document.createTextNode(" · "), a);
  }
  box.append(meta);
  (article.paragraphs || []).forEach((text, i) => {
    const p = el("p");
    p.id = `p-${i + 1}`;
    p.dataset.n = String(i + 1);
    p.append(el("span", "n", String(i + 1)), document.createTextNode(text));
    box.append(p);
  });
}

function show(result) {
  state.current = result;
  state.audit = null;
  renderBrief(result.brief, result.article);
  renderArticle(result.article);
  $("result").hidden = false;
  history.replaceState(null, "", `#brief-${result.id}`);
}

function markCited(list, on) {
  for (const n of list) {
    const p = $(`p-${n}`);
    if (p) p.classList.toggle("cited", on);
  }
}

function focusParagraph(n) {
  for (const p of document.querySelectorAll("#article p.highlight")) p.classList.remove("highlight");
  const p = $(`p-${n}`);
  if (!p) return;
  p.classList.add("highlight");
  p.scrollIntoView({ block: "center" });
}

// What the request body is for a pasted or dropped text.
function articleBody(text, name) {
  const trimmed = text.trim();
  if (/\.json$/i.test(name || "") || trimmed.startsWith("{")) {
    try {
      const obj = JSON.parse(trimmed);
      if (obj && typeof obj === "object" && !Array.isArray(obj)) return { article: obj };
    } catch (e) { /* not JSON after all: text */ }
  }
  if (/\.html?$/i.test(name || "") || /^<(!doctype|html|head|body|article|div|p)\b/i.test(trimmed)) {
    return { html: text };
  }
  return { text };
}

async function brief(body) {
  body.groups = Number($("groups").value);
  setStatus("Briefing…");
  $("brief-button").disabled = true;
  try {
    show(await api("POST", "/v1/briefs", body));
    setStatus("");
    loadHistory(true);
  } catch (e) {
    setStatus(e.message, true);
  } finally {
    $("brief-button").disabled = false;
  }
}

async function readFile(file) {
  const text = await file.text();
  $("article-text").value = text;
  await brief(articleBody(text, file.name));
}

async function audit() {
  if (!state.current) return;
  try {
    if (!state.audit) {
      state.audit = await api("POST", "/v1/check", { brief: state.current.brief, article: state.current.article });
    }
  } catch (e) {
    setStatus(e.message, true);
    return;
  }
  const L = labelsFor(state.current.brief);
  const verdicts = new Map(state.audit.statements.map((s) => [s.where, s]));
  for (const node of document.querySelectorAll("#brief .statement")) {
    const old = node.querySelector(":scope > .verdict");
    if (old) { old.remove(); continue; }  // a second click hides the audit
    const s = verdicts.get(node.dataset.where);
    if (!s) continue;
    const badge = el("span", "verdict " + (s.verdict === "supported" ? "supported" : "other"),
                     s.verdict === "supported" ? L.supported : s.verdict);
    badge.title = [...(s.problems || []), ...(s.evidence || [])].join("\n");
    const items = node.querySelector(":scope > ol");
    node.insertBefore(badge, items);
  }
}

async function copyMarkdown() {
  if (!state.current) return;
  const status = $("copy-status");
  try {
    const md = await api("GET", `/v1/briefs/${state.current.id}.md`);
    await navigator.clipboard.writeText(md);
    status.textContent = labelsFor(state.current.brief).copied;
    status.classList.remove("error");
  } catch (e) {
    status.textContent = e.message;
    status.classList.add("error");
  }
}

async function loadHistory(fresh) {
  if (fresh) state.cursor = null;
  const params = new URLSearchParams({ limit: "20" });
  if (state.query) params.set("q", state.query);
  if (state.cursor) params.set("cursor", state.cursor);
  let page;
  try {
    page = await api("GET", `/v1/briefs?${params}`);
  } catch (e) {
    setStatus(e.message, true);
    return;
  }
  const list = $("history-list");
  if (fresh) list.replaceChildren();
  for (const item of page.items) {
    const li = el("li");
    const a = el("a", "past", item.title || item.id);
    a.href = `#brief-${item.id}`;
    a.dataset.id = item.id;
    li.append(a, el("span", "when", [item.source, item.published].filter(Boolean).join(" · ")));
    list.append(li);
  }
  state.cursor = page.next_cursor;
  $("more").hidden = !page.next_cursor;
}

async function openBrief(id) {
  try {
    show(await api("GET", `/v1/briefs/${encodeURIComponent(id)}`));
  } catch (e) {
    setStatus(e.message, true);
  }
}

function wire() {
  $("brief-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const url = $("article-url").value.trim();
    const text = $("article-text").value;
    if (text.trim()) brief(articleBody(text));
    else if (url) brief({ url });
    else setStatus("Paste an article, drop a file or give a link", true);
  });
  $("article-file").addEventListener("change", (ev) => { if (ev.target.files[0]) readFile(ev.target.files[0]); });
  const area = $("article-text");
  area.addEventListener("dragover", (ev) => { ev.preventDefault(); area.classList.add("dragging"); });
  area.addEventListener("dragleave", () => area.classList.remove("dragging"));
  area.addEventListener("drop", (ev) => {
    ev.preventDefault();
    area.classList.remove("dragging");
    if (ev.dataTransfer.files[0]) readFile(ev.dataTransfer.files[0]);
  });
  const briefBox = $("brief");
  briefBox.addEventListener("click", (ev) => {
    const a = ev.target.closest("a.cite");
    if (!a) return;
    ev.preventDefault();
    focusParagraph(a.dataset.n);
  });
  briefBox.addEventListener("mouseover", (ev) => {
    const s = ev.target.closest(".statement");
    if (s && s.dataset.cites) markCited(s.dataset.cites.split(","), true);
  });
  briefBox.addEventListener("mouseout", (ev) => {
    const s = ev.target.closest(".statement");
    if (s && s.dataset.cites) markCited(s.dataset.cites.split(","), false);
  });
  $("audit").addEventListener("click", audit);
  $("copy-md").addEventListener("click", copyMarkdown);
  $("search-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    state.query = $("search").value.trim();
    loadHistory(true);
  });
  $("more").addEventListener("click", () => loadHistory(false));
  $("history-list").addEventListener("click", (ev) => {
    const a = ev.target.closest("a.past");
    if (!a) return;
    ev.preventDefault();
    openBrief(a.dataset.id);
  });
  $("token-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    state.token = $("token").value;
    sessionStorage.setItem("precis-token", state.token);
    $("token-box").hidden = true;
    setStatus("");
    loadHistory(true);
  });
  // #brief-ID opens that brief (a link to it, back and forward).
  const fromHash = () => {
    const m = /^#brief-([0-9a-f]{16})$/.exec(location.hash);
    if (m && (!state.current || state.current.id !== m[1])) openBrief(m[1]);
  };
  window.addEventListener("hashchange", fromHash);
  fromHash();
  loadHistory(true);
}

document.addEventListener("DOMContentLoaded", wire);
