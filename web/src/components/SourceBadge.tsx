import { SOURCE_EXPLANATION } from "../format";
import type { MetadataSource } from "../types";

/** Where a metadata value came from, with the explanation as tooltip. */
export function SourceBadge({ source }: { source: MetadataSource }) {
  return (
    <span className={`badge source-${source}`} title={SOURCE_EXPLANATION[source] ?? source}>
      {source}
    </span>
  );
}
