// Opens a kit's out/index.html in headless Chromium (Debian's, driven by
// playwright-core) as a visitor would, served over HTTP as a published page
// is, and fails unless: the page loads without a console error or a failed
// request; it has one card per PDF of the folder; every link of the page
// resolves (PDFs are PDFs) and every image loads; at a phone's and a
// desktop's width no card is cut and nothing scrolls sideways. Screenshots
// of both widths go to SCREENSHOTS when given.
//   NODE_PATH=…/node_modules node index_page_in_chromium.cjs OUT_FOLDER [SCREENSHOTS]
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");
const { chromium } = require("playwright-core");

const [outFolder, screenshots] = process.argv.slice(2);
const types = { ".html": "text/html; charset=utf-8", ".pdf": "application/pdf", ".png": "image/png" };

// Serves the folder's files, and nothing outside it.
function serve(folder) {
  const root = path.resolve(folder);
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, "http://localhost");
    const file = path.resolve(root, "." + decodeURIComponent(url.pathname));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404);
      response.end();
      return;
    }
    response.writeHead(200, { "Content-Type": types[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function main() {
  const problems = [];
  const server = await serve(outFolder);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const pdfs = fs.readdirSync(outFolder).filter((name) => name.endsWith(".pdf"));
    for (const [name, width, height] of [["phone", 390, 844], ["desktop", 1280, 900]]) {
      const page = await browser.newPage({ viewport: { width, height } });
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`${name}: console error: ${message.text()}`);
      });
      page.on("requestfailed", (request) => problems.push(`${name}: ${request.url()} failed`));
      page.on("response", (response) => {
        if (response.status() >= 400) problems.push(`${name}: ${response.url()}: ${response.status()}`);
      });
      const response = await page.goto(base + "index.html", { waitUntil: "load" });
      if (!response || response.status() !== 200) problems.push(`${name}: index.html did not load`);

      const facts = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        cards: [...document.querySelectorAll(".card")].map((card) => {
          const box = card.getBoundingClientRect();
          return { left: box.left, right: box.right, width: box.width, height: box.height,
                   title: card.querySelector("h2") ? card.querySelector("h2").textContent : "" };
        }),
        links: [...document.querySelectorAll("a[href]")].map((a) => a.href),
        images: [...document.images].map((image) => ({
          src: image.src, loaded: image.complete && image.naturalWidth > 0 })),
        scrollWidth: document.documentElement.scrollWidth,
      }));
      if (facts.lang !== "fr") problems.push(`${name}: the page is not marked French`);
      if (facts.cards.length !== pdfs.length)
        problems.push(`${name}: ${facts.cards.length} cards for ${pdfs.length} PDFs`);
      for (const card of facts.cards) {
        if (card.width <= 0 || card.height <= 0 || card.left < 0 || card.right > width)
          problems.push(`${name}: the card « ${card.title} » is cut or hidden`);
      }
      if (facts.scrollWidth > width) problems.push(`${name}: the page scrolls sideways`);
      for (const image of facts.images) {
        if (!image.loaded) problems.push(`${name}: image ${image.src} does not load`);
      }
      for (const link of facts.links) {
        if (!link.startsWith(base)) continue;  // the sources' address, outside this machine
        const answer = await page.request.get(link);
        const body = await answer.body();
        if (answer.status() !== 200) problems.push(`${name}: link ${link}: ${answer.status()}`);
        else if (link.endsWith(".pdf") && body.subarray(0, 5).toString() !== "%PDF-")
          problems.push(`${name}: link ${link} is not a PDF`);
      }
      if (screenshots) {
        fs.mkdirSync(screenshots, { recursive: true });
        await page.screenshot({ path: path.join(screenshots, `index-${name}.png`), fullPage: true });
      }
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  for (const problem of problems) console.error(problem);
  if (problems.length) process.exit(1);
  console.log("index.html: every card, link and image checked in Chromium");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
