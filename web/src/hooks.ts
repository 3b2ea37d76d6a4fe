import { useEffect, useRef, useState } from "react";
import type { RefObject } from "react";

export interface Async<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
}

/**
 * The result of a promise-returning load, re-run when `key` changes. An answer that
 * arrives after the key moved on is dropped, so a fast j/k never shows a stale article.
 */
export function useAsync<T>(load: () => Promise<T>, key: string): Async<T> {
  const [state, setState] = useState<Async<T> & { key: string }>({ data: undefined, error: undefined, loading: true, key });
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    let live = true;
    setState((previous) => ({ data: previous.key === key ? previous.data : undefined, error: undefined, loading: true, key }));
    loadRef.current().then(
      (data) => live && setState({ data, error: undefined, loading: false, key }),
      (error: unknown) => live && setState({ data: undefined, error: error instanceof Error ? error : new Error(String(error)), loading: false, key }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state.key === key ? state : { data: undefined, error: undefined, loading: true };
}

/** Keys typed into a form field belong to the field, not to shortcuts. */
function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export type KeyMap = Record<string, (event: KeyboardEvent) => void>;

/**
 * Page shortcuts: `keys` maps KeyboardEvent.key ("j", "[", "Enter") to a handler.
 * Ignored while typing and with Ctrl / Alt / Meta held (those are the browser's).
 */
export function useKeys(keys: KeyMap): void {
  const keysRef = useRef(keys);
  keysRef.current = keys;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || typingInto(event.target)) return;
      // Enter on a focused link or button is that element's own action.
      if (event.key === "Enter" && event.target instanceof HTMLElement && event.target.closest("a, button, summary")) return;
      const handler = keysRef.current[event.key];
      if (!handler) return;
      event.preventDefault();
      handler(event);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}

/**
 * The width of an element in CSS pixels, kept up to date as it resizes; `initial` until
 * it is measured. For drawings that lay themselves out in pixels (the timeline chart).
 */
export function useElementWidth<T extends HTMLElement>(initial: number): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.getBoundingClientRect().width) || initial);
    measure();
    // Measured in the next frame, not inside the observer's callback: the redraw may resize the
    // page (a scroll bar appears), and a resize inside the callback is a "ResizeObserver loop" error.
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    });
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [initial]);
  return [ref, width];
}
