import type { ReactNode } from "react";

export function ErrorNote({ error, children }: { error: Error; children?: ReactNode }) {
  return (
    <div className="note error" role="alert">
      {children ?? "Something went wrong"}: {error.message}
    </div>
  );
}

/** Shown only while a load takes a noticeable time, so fast loads do not flicker. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" aria-live="polite">
      Loading {what}…
    </p>
  );
}
