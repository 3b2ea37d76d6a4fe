/**
 * A generated corpus for benchmarks: articles assembled from our own sentence
 * templates, with names, places and dates varied by a seeded generator, as plain text
 * and as HTML pages with site chrome (nav, share bar, related list, comments), so that
 * extraction and analysis do realistic work. Deterministic for a given seed.
 */
/** Bumped whenever the generated text changes: stores built from an older corpus (bench caches) are then rebuilt. */
export const CORPUS_VERSION = 1;

export interface GeneratedArticle {
  name: string;
  content: string;
}

const PEOPLE = ["Khalid Mansour", "Amal Haddad", "Yusuf Rahimi", "Leila Nasser", "Omar Saleh", "Rania Aziz", "Tariq Hamdan", "Samir Kassem"];
const PLACES = ["Cairo", "Doha", "Amman", "Beirut", "Gaza City", "Rafah", "Khan Younis", "Istanbul"];
const GROUPS = ["the Egyptian delegation", "Qatari mediators", "a Hamas delegation", "Israeli negotiators", "United Nations envoys", "Red Crescent officials"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const TOPICS = ["a phased truce", "the exchange of detainees", "aid corridors", "the reopening of the crossing", "reconstruction funding", "a monitoring mechanism"];

const TEMPLATES = [
  "{group} arrived in {place} on {day} for talks on {topic}, officials said.",
  "{person}, who leads {group}, said the discussions on {topic} were serious but difficult.",
  "According to sources close to the talks, {group} presented a new proposal on {topic} late on {day}.",
  "The meeting in {place} lasted more than {n} hours and ended without a joint statement.",
  "{person} told reporters that {n} trucks of aid had crossed since the start of the week.",
  "Negotiators are expected to return to {place} early next week to continue talks on {topic}.",
  "Observers said the round in {place} was the {n}th since the fighting began.",
  "{group} rejected the demand that talks on {topic} be postponed until after the holiday.",
];

/** Small linear congruential generator: deterministic, fast, good enough to vary text. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(random: () => number, list: T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function paragraph(random: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () =>
    pick(random, TEMPLATES)
      .replace("{group}", pick(random, GROUPS))
      .replace("{person}", pick(random, PEOPLE))
      .replace("{place}", pick(random, PLACES))
      .replace("{day}", pick(random, DAYS))
      .replace("{topic}", pick(random, TOPICS))
      .replace("{n}", String(2 + Math.floor(random() * 40))),
  )
    .map((s) => s[0]!.toUpperCase() + s.slice(1))
    .join(" ");
}

function articleBody(random: () => number, index: number): { title: string; paragraphs: string[] } {
  const title = `Talks on ${pick(random, TOPICS)} resume in ${pick(random, PLACES)} (${index})`;
  const paragraphs = Array.from({ length: 5 + Math.floor(random() * 5) }, () => paragraph(random, 2 + Math.floor(random() * 3)));
  // A unique line per article, so no two generated articles share a content hash.
  paragraphs.push(`Report number ${index} was filed by the desk on ${pick(random, DAYS)}.`);
  return { title, paragraphs };
}

function asText(title: string, paragraphs: string[]): string {
  return [title, "", ...paragraphs.flatMap((p) => [p, ""]), "Share this article", "Leave a Reply"].join("\n");
}

function asHtml(title: string, paragraphs: string[], random: () => number, index: number): string {
  const nav = Array.from({ length: 30 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join("");
  const related = Array.from({ length: 8 }, (_, i) => `<li><a href="/news/${index + i}">${paragraph(random, 1)}</a></li>`).join("");
  const comments = Array.from({ length: 4 }, () => `<div class="comment"><p>${paragraph(random, 1)}</p></div>`).join("");
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} | Levant Daily</title>
<meta property="og:site_name" content="Levant Daily"><meta property="article:published_time" content="2024-03-${String(1 + (index % 28)).padStart(2, "0")}T09:00:00Z">
<script>window.analytics = { page: ${index} };</script><style>body { font-family: serif; }</style></head>
<body><header><nav><ul>${nav}</ul></nav></header>
<main><article><h1>${title}</h1><p class="byline">By ${pick(random, PEOPLE)}</p>
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
<figure><img src="/img/${index}.jpg" alt="delegates"><figcaption>Delegates arrive. Photo: Staff</figcaption></figure>
<div class="share">Share on Facebook Share on X Email</div></article>
<aside class="related"><h2>Related</h2><ul>${related}</ul></aside>
<section id="comments"><h2>Comments</h2>${comments}<form><textarea></textarea><button>Post Comment</button></form></section></main>
<footer><p>© Levant Daily. All rights reserved.</p></footer></body></html>`;
}

/** `count` articles, half plain text and half HTML, deterministic for `seed`. */
export function generateCorpus(count: number, seed = 7): GeneratedArticle[] {
  const random = rng(seed);
  return Array.from({ length: count }, (_, i) => {
    const { title, paragraphs } = articleBody(random, i);
    return i % 2 === 0
      ? { name: `article-${String(i).padStart(5, "0")}.txt`, content: asText(title, paragraphs) }
      : { name: `article-${String(i).padStart(5, "0")}.html`, content: asHtml(title, paragraphs, random, i) };
  });
}
