/**
 * Adding articles: paste text or HTML, or pick / drop files (.txt .html .md .jsonl).
 * Each input is posted as it is (the server's read stage sniffs and decodes it, as
 * `dossier ingest` does) with the metadata typed here, and the outcome is listed.
 */
import { useRef, useState } from "react";
import type { DragEvent, FormEvent, KeyboardEvent } from "react";
import { api } from "../api";
import { ArticleTable } from "../components/ArticleTable";
import { TokenField, useWriteToken } from "../components/WriteToken";
import { describeOrigin, plural } from "../format";
import { Link } from "../router";
import type { IngestReport } from "../types";

/** The server's body limit (10 MB); larger files are refused here before uploading. */
const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = ".txt,.text,.html,.htm,.md,.markdown,.jsonl,.ndjson";

interface Outcome {
  label: string;
  report?: IngestReport;
  error?: string;
}

function contentTypeOf(name: string): string {
  const extension = name.toLowerCase().split(".").pop() ?? "";
  if (extension === "jsonl" || extension === "ndjson") return "application/x-ndjson";
  if (extension === "html" || extension === "htm") return "text/html";
  if (extension === "md" || extension === "markdown") return "text/markdown";
  return "text/plain";
}

interface Metadata {
  title: string;
  outlet: string;
  published: string;
  url: string;
}

const EMPTY: Metadata = { title: "", outlet: "", published: "", url: "" };

export function AddPage() {
  const [text, setText] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const [metadata, setMetadata] = useState<Metadata>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const token = useWriteToken();

  const inputs = (text.trim() ? 1 : 0) + files.length;
  const single = inputs === 1 && !files.some((f) => contentTypeOf(f.name) === "application/x-ndjson");

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (inputs === 0 || busy) return;
    setBusy(true);
    // Title and address name one article; outlet and date may apply to many.
    const shared = { outlet: metadata.outlet.trim(), published: metadata.published, ...(single ? { title: metadata.title.trim(), url: metadata.url.trim() } : {}) };
    const results: Outcome[] = [];
    const secret = token.current();
    if (text.trim()) results.push(await post("Pasted text", text, text.trimStart().startsWith("<") ? "text/html" : "text/plain", shared, secret));
    for (const file of files) {
      if (file.size > MAX_BYTES) results.push({ label: file.name, error: `larger than ${MAX_BYTES / 1024 / 1024} MB; use \`dossier ingest\`` });
      else results.push(await post(file.name, file, contentTypeOf(file.name), shared, secret));
    }
    setOutcomes((previous) => [...results, ...previous]);
    if (results.every((r) => !r.error)) {
      setText("");
      setFiles([]);
      setMetadata(EMPTY);
      if (fileInput.current) fileInput.current.value = "";
    }
    setBusy(false);
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    setFiles((previous) => [...previous, ...Array.from(event.dataTransfer.files)]);
  };
  const submitOnCtrlEnter = (event: KeyboardEvent) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) void submit();
  };
  const field = (name: keyof Metadata) => ({
    value: metadata[name],
    onChange: (e: { target: { value: string } }) => setMetadata((m) => ({ ...m, [name]: e.target.value })),
  });

  return (
    <section className="add" aria-labelledby="add-heading">
      <h1 id="add-heading">Add articles</h1>
      <form onSubmit={submit} className="add-form">
        <label className="stack">
          <span>Paste an article: plain text, Markdown or a whole HTML page</span>
          <textarea rows={10} value={text} onChange={(e) => setText(e.target.value)} onKeyDown={submitOnCtrlEnter} spellCheck={false} />
        </label>
        <div
          className={dragging ? "dropzone dragging" : "dropzone"}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label>
            <span>or files (.txt .html .md .jsonl), picked or dropped here: </span>
            <input ref={fileInput} type="file" multiple accept={ACCEPT} onChange={(e) => setFiles(Array.from(e.target.files ?? []))} />
          </label>
          {files.length > 0 && <p className="muted">{files.map((f) => f.name).join(", ")}</p>}
        </div>
        <fieldset className="metadata">
          <legend>Metadata, if the text does not say (optional; wins over what is found)</legend>
          <label>
            <span>Title</span>
            <input type="text" disabled={!single && inputs > 1} {...field("title")} />
          </label>
          <label>
            <span>Outlet</span>
            <input type="text" {...field("outlet")} />
          </label>
          <label>
            <span>Published</span>
            <input type="date" {...field("published")} />
          </label>
          <label>
            <span>Address</span>
            <input type="url" placeholder="https://" disabled={!single && inputs > 1} {...field("url")} />
          </label>
        </fieldset>
        <TokenField token={token} />
        <div className="actions">
          <button type="submit" disabled={inputs === 0 || busy}>
            {busy ? "Adding…" : inputs > 1 ? `Add ${inputs} inputs` : "Add"}
          </button>
          <span className="muted">
            <kbd>Ctrl</kbd>+<kbd>Enter</kbd> in the text box
          </span>
        </div>
      </form>
      <div aria-live="polite">
        {outcomes.map((outcome, i) => (
          <OutcomeView key={outcomes.length - i} outcome={outcome} />
        ))}
      </div>
    </section>
  );
}

async function post(label: string, body: Blob | string, contentType: string, metadata: Record<string, string | undefined>, token?: string): Promise<Outcome> {
  try {
    return { label, report: await api.ingest(body, contentType, metadata, token) };
  } catch (error) {
    return { label, error: error instanceof Error ? error.message : String(error) };
  }
}

function OutcomeView({ outcome }: { outcome: Outcome }) {
  const { report } = outcome;
  return (
    <div className={outcome.error ? "outcome failed" : "outcome"}>
      <h2>{outcome.label}</h2>
      {outcome.error && <p role="alert">Not added: {outcome.error}</p>}
      {report && (
        <>
          <p>
            {plural(report.stored.length, "article")} added
            {report.duplicates.length > 0 && `, ${plural(report.duplicates.length, "was", "were")} already there`}
            {report.failures.length > 0 && `, ${plural(report.failures.length, "failure")}`}. The dossier now holds {plural(report.total, "article")}.
          </p>
          {report.articles.length > 0 && <ArticleTable rows={report.articles} />}
          {report.duplicates.length > 0 && (
            <ul className="plain">
              {report.duplicates.map((d) => (
                <li key={d.id}>
                  Already there: <Link to={`/articles/${d.id}`}>{d.id}</Link> <span className="muted">({describeOrigin(d.origin)})</span>
                </li>
              ))}
            </ul>
          )}
          {report.failures.length > 0 && (
            <ul className="plain failures">
              {report.failures.map((f, i) => (
                <li key={i}>
                  {describeOrigin(f.origin)}: {f.reason}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
