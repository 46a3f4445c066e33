import type { SubgraphContext, SubgraphDefinition } from '@careplan/subgraph-kit';
import { CareAndSupportPlan } from './entities/care-and-support-plan.entity';
import { PlanClosureLetter } from './entities/plan-closure-letter.entity';
import { PlanCopy } from './entities/plan-copy.entity';
import { PlanDecision } from './entities/plan-decision.entity';
import { PlanOutcome } from './entities/plan-outcome.entity';
import { SupportItemRecord } from './entities/support-item.entity';
import { PlanContentResolver } from './graphql/content.resolver';
import { PlanCopyFieldsResolver, PlanCopyResolver } from './graphql/copy.resolver';
import { PlanLifecycleResolver } from './graphql/lifecycle.resolver';
import { AssessmentPlanResolver, PersonPlansResolver, PlanResolver } from './graphql/plan.resolver';
import { PlanContinuityResolver } from './graphql/continuity.resolver';
import { migrations } from './migrations';
import { PlanService } from './services/plan.service';

const stub = (ref: { id: string }) => ({ id: ref.id });

export const plansSubgraph: SubgraphDefinition = {
  name: 'plans',
  schema: 'plans',
  entities: [CareAndSupportPlan, PlanOutcome, SupportItemRecord, PlanDecision, PlanCopy, PlanClosureLetter],
  migrations,
  resolvers: [PlanContinuityResolver, PlanResolver, PlanContentResolver, PlanLifecycleResolver, PlanCopyResolver, PlanCopyFieldsResolver, PersonPlansResolver, AssessmentPlanResolver],
  referenceResolvers: {
    CareAndSupportPlan: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => new PlanService(ctx).get(ref.id) },
    Person: { __resolveReference: stub },
    NeedsAssessment: { __resolveReference: stub },
    Review: { __resolveReference: stub },
  },
};
