import type { SubgraphContext, SubgraphDefinition } from '@careplan/subgraph-kit';
import { DecisionLetterRecord } from './entities/decision-letter.entity';
import { EligibilityDetermination } from './entities/eligibility-determination.entity';
import { Need } from './entities/need.entity';
import { NeedsAssessment } from './entities/needs-assessment.entity';
import { AssessmentResolver, PersonAssessmentsResolver } from './graphql/assessment.resolver';
import { migrations } from './migrations';
import { AssessmentService } from './services/assessment.service';

export const assessmentsSubgraph: SubgraphDefinition = {
  name: 'assessments',
  schema: 'assessments',
  entities: [NeedsAssessment, Need, EligibilityDetermination, DecisionLetterRecord],
  migrations,
  resolvers: [AssessmentResolver, PersonAssessmentsResolver],
  referenceResolvers: {
    NeedsAssessment: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => new AssessmentService(ctx).get(ref.id) },
    Person: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
  },
};
