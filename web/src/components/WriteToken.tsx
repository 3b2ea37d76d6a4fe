import { useState } from "react";
import { api } from "../api";
import { useAsync } from "../hooks";

/** The write token lives for this browser tab only: closing it forgets the secret. */
const TOKEN_SETTING = "dossier.token";

export interface WriteToken {
  /** The server wants a token for writes (it has DOSSIER_TOKEN set). */
  needed: boolean;
  value: string;
  set: (value: string) => void;
  /** The token to send (kept for the tab), or undefined when the server needs none. */
  current: () => string | undefined;
}

/** What writes need: asks the server once, remembers the token typed for this tab. */
export function useWriteToken(): WriteToken {
  const health = useAsync(() => api.health(), "health");
  const [value, set] = useState(() => sessionStorage.getItem(TOKEN_SETTING) ?? "");
  const needed = health.data?.writes === "token";
  const current = () => {
    if (!needed) return undefined;
    const secret = value.trim();
    if (secret) sessionStorage.setItem(TOKEN_SETTING, secret);
    return secret || undefined;
  };
  return { needed, value, set, current };
}

/** The token prompt, shown only when the server needs one. */
export function TokenField({ token }: { token: WriteToken }) {
  if (!token.needed) return null;
  return (
    <label className="token">
      <span>Write token (the server's DOSSIER_TOKEN; kept for this tab only)</span>
      <input type="password" autoComplete="off" value={token.value} onChange={(e) => token.set(e.target.value)} />
    </label>
  );
}
