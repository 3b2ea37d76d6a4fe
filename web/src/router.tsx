/**
 * History routing without a dependency: the path picks the page, the query string
 * holds the page's state (search words, list offset), so every view has a URL that can
 * be bookmarked, shared and reloaded (the server answers index.html for any UI path).
 */
import { useEffect, useState } from "react";
import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from "react";

export interface Location {
  path: string;
  query: URLSearchParams;
  hash: string;
}

const NAVIGATED = "dossier:navigated";

function current(): Location {
  return { path: window.location.pathname, query: new URLSearchParams(window.location.search), hash: window.location.hash.slice(1) };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  window.dispatchEvent(new Event(NAVIGATED));
  if (!to.includes("#")) window.scrollTo(0, 0);
}

export function useLocation(): Location {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const update = () => setLocation(current());
    window.addEventListener("popstate", update);
    window.addEventListener(NAVIGATED, update);
    return () => {
      window.removeEventListener("popstate", update);
      window.removeEventListener(NAVIGATED, update);
    };
  }, []);
  return location;
}

/** The offset a list's query field holds (0 when absent or not a number). */
export function offsetIn(location: Location, name: string): number {
  return Math.max(0, Number(location.query.get(name)) || 0);
}

/** This location's address with a list's offset set (dropped at 0: the first page needs none). */
export function withOffset(location: Location, name: string, offset: number): string {
  const params = new URLSearchParams(location.query);
  if (offset > 0) params.set(name, String(offset));
  else params.delete(name);
  const text = params.toString();
  return text ? `${location.path}?${text}` : location.path;
}

interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> {
  to: string;
  children: ReactNode;
}

/** An <a> that navigates in place on a plain click and behaves as a link otherwise (new tab, copy). */
export function Link({ to, children, onClick, ...rest }: LinkProps) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={follow} {...rest}>
      {children}
    </a>
  );
}
