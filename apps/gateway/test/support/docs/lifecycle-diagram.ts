import { planMoves } from '@careplan/domain';

/** The plan lifecycle as a Mermaid state diagram, drawn from the transitions the domain enforces. */
export function lifecycleDiagram(): string {
  const lines = planMoves().map(({ from, action, to }) => `  ${from} --> ${to}: ${action}`);
  return ['```mermaid', 'stateDiagram-v2', '  [*] --> DRAFT: createPlan', ...lines, '  REVISED --> [*]', '  CLOSED --> [*]', '```'].join('\n');
}
