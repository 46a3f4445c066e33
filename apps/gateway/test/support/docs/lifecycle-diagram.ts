import { PLAN_HISTORY_STATUSES, planMoves } from '@careplan/domain';

/** The plan lifecycle as a Mermaid state diagram, drawn from the transitions the domain enforces. */
export function lifecycleDiagram(): string {
  const lines = planMoves().map(({ from, action, to }) => `  ${from} --> ${to}: ${action}`);
  const ends = PLAN_HISTORY_STATUSES.map((status) => `  ${status} --> [*]`);
  return ['```mermaid', 'stateDiagram-v2', '  [*] --> DRAFT: createPlan', ...lines, ...ends, '```'].join('\n');
}
