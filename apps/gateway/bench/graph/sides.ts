import { repoRoot } from '@careplan/identity';
import { checkOut, commitOf, describeWorkingTree } from './worktree';

export type SideName = 'baseline' | 'current';

/** One side of a comparison: the checkout whose subgraphs and gateway are run and whose statements are counted. */
export interface Side {
  name: SideName;
  /** What was measured, for the report: a commit, or the working tree. */
  revision: string;
  root: string;
}

const describe = (rev: string) => (commitOf(rev).startsWith(rev) ? commitOf(rev) : `${rev} (${commitOf(rev)})`);

/**
 * The current side is the working tree (as `npm run bench:graph` has just built it) or, with
 * BENCH_CURRENT=<rev>, a worktree of that revision; BENCH_AGAINST=<rev> adds a baseline, a worktree of
 * its own, measured beside it. Baseline first (runs.ts changes which side goes first from round to round).
 */
export async function checkOutSides(env: NodeJS.ProcessEnv = process.env): Promise<Side[]> {
  // Both revisions are named before either is built, so a wrong one fails at once.
  const against = env.BENCH_AGAINST && { rev: env.BENCH_AGAINST, revision: describe(env.BENCH_AGAINST) };
  const current = env.BENCH_CURRENT && { rev: env.BENCH_CURRENT, revision: describe(env.BENCH_CURRENT) };
  const sides: Side[] = [];
  if (against) sides.push({ name: 'baseline', revision: against.revision, root: await checkOut(against.rev) });
  if (current) sides.push({ name: 'current', revision: current.revision, root: await checkOut(current.rev) });
  else sides.push({ name: 'current', revision: describeWorkingTree(), root: repoRoot() });
  return sides;
}
