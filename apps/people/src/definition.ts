import type { SubgraphContext, SubgraphDefinition } from '@careplan/subgraph-kit';
import { AdvocacyFactsRecord } from './entities/advocacy-facts.entity';
import { ApprovalLimitGrant } from './entities/approval-limit-grant.entity';
import { Authority } from './entities/authority.entity';
import { Handover } from './entities/handover.entity';
import { HandoverLetterRecord } from './entities/handover-letter.entity';
import { HandoverPackage } from './entities/handover-package.entity';
import { HandoverPackageRead } from './entities/handover-read.entity';
import { CapacityAssessment } from './entities/capacity-assessment.entity';
import { CommunicationNeedsRecord } from './entities/communication-needs.entity';
import { ConsentRecord } from './entities/consent.entity';
import { Person } from './entities/person.entity';
import { Practitioner } from './entities/practitioner.entity';
import { Relationship } from './entities/relationship.entity';
import { Team } from './entities/team.entity';
import { AuthorityResolver } from './graphql/authority.resolver';
import { HandoverPackageResolver, HandoverResolver, PersonHandoversResolver } from './graphql/handover.resolver';
import { CommunicationNeedsResolver, ConsentResolver, InvolvementResolver, RelationshipResolver } from './graphql/involvement.resolver';
import { PersonResolver } from './graphql/person.resolver';
import { PractitionerResolver, TeamResolver } from './graphql/practitioner.resolver';
import { migrations } from './migrations';
import { AuthorityService } from './services/authority.service';
import { HandoverService } from './services/handover.service';
import { PersonService } from './services/person.service';
import { PractitionerService } from './services/practitioner.service';

export const peopleSubgraph: SubgraphDefinition = {
  name: 'people',
  schema: 'people',
  entities: [Authority, Person, Team, Practitioner, Relationship, CapacityAssessment, AdvocacyFactsRecord, CommunicationNeedsRecord, ConsentRecord, ApprovalLimitGrant, Handover, HandoverPackage, HandoverPackageRead, HandoverLetterRecord],
  migrations,
  resolvers: [PersonResolver, InvolvementResolver, RelationshipResolver, ConsentResolver, CommunicationNeedsResolver, PractitionerResolver, TeamResolver, AuthorityResolver, HandoverResolver, HandoverPackageResolver, PersonHandoversResolver],
  referenceResolvers: {
    Person: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => new PersonService(ctx).get(ref.id) },
    Practitioner: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => new PractitionerService(ctx).get(ref.id) },
    Handover: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => new HandoverService(ctx).get(ref.id) },
    Authority: { __resolveReference: (ref: { code: string }, ctx: SubgraphContext) => new AuthorityService(ctx).find(ref.code) },
  },
};
