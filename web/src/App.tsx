/**
 * The frame every page shares: the header with the search box (`/` focuses it) and the
 * page the URL names. Keys: / search, ? the list of keys, g then s / a / c / n: stories,
 * articles, actors, add.
 */
import { useEffect, useRef, useState } from "react";
import type { FormEvent, RefObject } from "react";
import { useKeys } from "./hooks";
import { ActorPage } from "./pages/ActorPage";
import { ActorsPage } from "./pages/ActorsPage";
import { AddPage } from "./pages/AddPage";
import { ArticlePage } from "./pages/ArticlePage";
import { Overview } from "./pages/Overview";
import { SearchPage } from "./pages/SearchPage";
import { StoryPage } from "./pages/StoryPage";
import { Link, navigate, useLocation } from "./router";
import type { Location } from "./router";

function Page({ location }: { location: Location }) {
  const article = /^\/articles\/([0-9a-fA-F]{4,64})\/?$/.exec(location.path);
  if (article) return <ArticlePage key={article[1]} id={article[1]!} location={location} />;
  // Story ids hold a colon ("story:3308b46e8dff"), URL-encoded in the path; actor ids may be names.
  const story = /^\/stories\/([^/]+)\/?$/.exec(location.path);
  if (story) return <StoryPage key={story[1]} id={decodePathPart(story[1]!)} location={location} />;
  const actor = /^\/actors\/([^/]+)\/?$/.exec(location.path);
  if (actor) return <ActorPage key={actor[1]} id={decodePathPart(actor[1]!)} location={location} />;
  if (location.path === "/actors") return <ActorsPage location={location} />;
  if (location.path === "/") return <Overview location={location} />;
  if (location.path === "/search") return <SearchPage location={location} />;
  if (location.path === "/add") return <AddPage />;
  return (
    <section>
      <h1>Not here</h1>
      <p>
        Nothing at <code>{location.path}</code>. <Link to="/">Back to the articles</Link>.
      </p>
    </section>
  );
}

/** A path segment as the server sees it; a malformed escape is kept as it is (the API then says "not found"). */
function decodePathPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function App() {
  const location = useLocation();
  const [help, setHelp] = useState(false);
  const searchBox = useRef<HTMLInputElement>(null);
  const pendingG = useRef(false);

  useKeys({
    "/": () => searchBox.current?.focus(),
    "?": () => setHelp((open) => !open),
    Escape: () => setHelp(false),
    g: () => {
      pendingG.current = true;
      window.setTimeout(() => (pendingG.current = false), 1000);
    },
    a: () => pendingG.current && navigate("/"),
    s: () => pendingG.current && navigate("/#stories"),
    c: () => pendingG.current && navigate("/actors"),
    n: () => pendingG.current && navigate("/add"),
  });

  useEffect(() => {
    const titles: Record<string, string> = { "/": "Stories and articles", "/search": "Search", "/add": "Add articles" };
    if (titles[location.path]) document.title = `${titles[location.path]} · Dossier`;
  }, [location.path]);

  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link to="/" className="brand">
          Dossier
        </Link>
        <nav aria-label="main">
          <Link to="/" aria-current={location.path === "/" ? "page" : undefined}>
            Overview
          </Link>
          <Link to="/actors" aria-current={location.path === "/actors" ? "page" : undefined}>
            Actors
          </Link>
          <Link to="/add" aria-current={location.path === "/add" ? "page" : undefined}>
            Add
          </Link>
        </nav>
        <SearchForm inputRef={searchBox} initial={location.path === "/search" ? (location.query.get("q") ?? "") : ""} />
        <button type="button" className="help-button" onClick={() => setHelp((open) => !open)} aria-expanded={help} title="Keyboard shortcuts (?)">
          ?
        </button>
      </header>
      {help && <KeyHelp onClose={() => setHelp(false)} />}
      <main id="main">
        <Page location={location} />
      </main>
    </>
  );
}

function SearchForm({ inputRef, initial }: { inputRef: RefObject<HTMLInputElement | null>; initial: string }) {
  const [q, setQ] = useState(initial);
  useEffect(() => setQ(initial), [initial]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (q.trim()) navigate(`/search?${new URLSearchParams({ q: q.trim() })}`);
    inputRef.current?.blur();
  };
  return (
    <form role="search" className="search-form" onSubmit={submit}>
      <input
        ref={inputRef}
        type="search"
        aria-label="Search articles"
        placeholder="Search articles  ( / )"
        value={q}
        maxLength={500}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => e.key === "Escape" && e.currentTarget.blur()}
      />
    </form>
  );
}

const KEYS: Array<[string, string]> = [
  ["/", "search"],
  ["j / k", "next / previous row, result or article"],
  ["] / [", "next / previous article or page"],
  ["J / K", "next / previous article of the same story (reader)"],
  ["Enter or o", "open the selected row"],
  ["m", "mark names and dates on or off (reader)"],
  ["g s / g a", "go to stories / articles (overview)"],
  ["g c / g n", "go to actors / add articles"],
  ["?", "this list"],
];

function KeyHelp({ onClose }: { onClose: () => void }) {
  return (
    <div className="key-help" role="dialog" aria-label="Keyboard shortcuts">
      <dl>
        {KEYS.map(([key, action]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
