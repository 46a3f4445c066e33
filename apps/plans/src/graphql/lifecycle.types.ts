import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AgreementParty, ApprovalRoute } from '@careplan/domain';
import { PlanDecisionKind } from '../entities/plan-decision.entity';

registerEnumType(ApprovalRoute, { name: 'ApprovalRoute', description: 'R8: an approver within their limit, or the panel.' });
registerEnumType(AgreementParty, { name: 'AgreementParty' });
registerEnumType(PlanDecisionKind, { name: 'PlanDecisionKind' });

@InputType('PanelMemberInput')
export class PanelMemberInput {
  @Field()
  name!: string;

  @Field()
  role!: string;

  @Field(() => [String], { defaultValue: [], description: 'Specialisms, e.g. DEAFBLIND_ASSESSOR.' })
  specialisms!: string[];
}

@InputType('PanelDecisionInput')
export class PanelDecisionInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  approved!: boolean;

  @Field(() => [PanelMemberInput])
  members!: PanelMemberInput[];

  @Field()
  reasons!: string;
}

@ObjectType('PanelMember')
export class PanelMemberType {
  @Field()
  name!: string;

  @Field()
  role!: string;
}

@ObjectType('PlanDecision', { description: 'A panel decision (R8) or a disagreement (R9), as recorded.' })
export class PlanDecisionType {
  @Field(() => ID)
  id!: string;

  @Field(() => PlanDecisionKind)
  kind!: PlanDecisionKind;

  @Field(() => AgreementParty, { nullable: true })
  party!: AgreementParty | null;

  @Field(() => [PanelMemberType])
  members!: PanelMemberType[];

  @Field()
  reasons!: string;

  @Field(() => Int, { nullable: true, description: 'Days the plan waited for the panel.' })
  waitedDays!: number | null;

  @Field({ description: 'The council disagreed: the complaints procedure was signposted.' })
  signpostComplaints!: boolean;

  @Field()
  decidedOn!: string;
}
