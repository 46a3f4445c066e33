import { Plans1764000000000 } from './1764000000000-Plans';
import { PlanContent1764100000000 } from './1764100000000-PlanContent';
import { PlanLifecycle1764200000000 } from './1764200000000-PlanLifecycle';
import { JointAndCombinedPlans1764300000000 } from './1764300000000-JointAndCombinedPlans';
import { PlanCopies1764400000000 } from './1764400000000-PlanCopies';
import { ServiceCodesAndInvolvement1764500000000 } from './1764500000000-ServiceCodesAndInvolvement';
import { ApproverLimit1764600000000 } from './1764600000000-ApproverLimit';
import { BestInterestsAgreement1764700000000 } from './1764700000000-BestInterestsAgreement';
import { InvolvementRoles1764750000000 } from './1764750000000-InvolvementRoles';
import { LanguageNotYetAvailable1764800000000 } from './1764800000000-LanguageNotYetAvailable';
import { PlanClosure1764900000000 } from './1764900000000-PlanClosure';
import { WorkQueuePages1765000000000 } from './1765000000000-WorkQueuePages';
import { ContinuityPlans1765100000000 } from './1765100000000-ContinuityPlans';
import { PlanWithdrawal1765200000000 } from './1765200000000-PlanWithdrawal';
import { PlanRevisedOn1765300000000 } from './1765300000000-PlanRevisedOn';
import { PlanReinstatement1765400000000 } from './1765400000000-PlanReinstatement';
import { JointPlansOfAPerson1765500000000 } from './1765500000000-JointPlansOfAPerson';

export const migrations = [Plans1764000000000, PlanContent1764100000000, PlanLifecycle1764200000000, JointAndCombinedPlans1764300000000, PlanCopies1764400000000, ServiceCodesAndInvolvement1764500000000, ApproverLimit1764600000000, BestInterestsAgreement1764700000000, InvolvementRoles1764750000000, LanguageNotYetAvailable1764800000000, PlanClosure1764900000000, WorkQueuePages1765000000000, ContinuityPlans1765100000000, PlanWithdrawal1765200000000, PlanRevisedOn1765300000000, PlanReinstatement1765400000000, JointPlansOfAPerson1765500000000];
