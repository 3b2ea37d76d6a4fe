/**
 * Clustering metrics shared by the evaluation tasks.
 *
 * B-cubed (Bagga & Baldwin 1998): for each item, precision is the share of its
 * predicted cluster that is in its gold cluster, recall the share of its gold cluster
 * that is in its predicted cluster; both averaged over items. Items missing from the
 * prediction count as singletons.
 */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function bcubed(gold: Map<string, string>, predicted: Map<string, string>): PRF {
  const goldMembers = groupBy(gold);
  const predictedMembers = groupBy(predicted);
  let precision = 0;
  let recall = 0;
  for (const [item, goldCluster] of gold) {
    const predCluster = predicted.get(item);
    const goldSet = goldMembers.get(goldCluster)!;
    const predSet = predCluster === undefined ? new Set([item]) : predictedMembers.get(predCluster)!;
    let overlap = 0;
    for (const other of predSet) if (gold.get(other) === goldCluster) overlap++;
    if (predCluster === undefined) overlap = 1;
    precision += overlap / predSet.size;
    recall += overlap / goldSet.size;
  }
  const n = gold.size || 1;
  return { precision: precision / n, recall: recall / n, f1: f1(precision / n, recall / n) };
}

function groupBy(assignment: Map<string, string>): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const [item, cluster] of assignment) {
    if (!groups.has(cluster)) groups.set(cluster, new Set());
    groups.get(cluster)!.add(item);
  }
  return groups;
}
