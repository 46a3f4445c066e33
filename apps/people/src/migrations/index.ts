import { People1764000000000 } from './1764000000000-People';
import { PeopleAndInvolvement1764100000000 } from './1764100000000-PeopleAndInvolvement';
import { AuthoritySettings1764200000000 } from './1764200000000-AuthoritySettings';
import { ReminderRecipients1764300000000 } from './1764300000000-ReminderRecipients';
import { CouncilSetsConsideration1764400000000 } from './1764400000000-CouncilSetsConsideration';
import { ApprovalLimitGrants1764500000000 } from './1764500000000-ApprovalLimitGrants';
import { StaffByName1764600000000 } from './1764600000000-StaffByName';
import { Handovers1764700000000 } from './1764700000000-Handovers';
import { Offboarding1764800000000 } from './1764800000000-Offboarding';
import { RelationshipsEndWithDeath1764900000000 } from './1764900000000-RelationshipsEndWithDeath';
import { MovesFollowDeath1765000000000 } from './1765000000000-MovesFollowDeath';
import { RelationshipEndBeforeDeath1765100000000 } from './1765100000000-RelationshipEndBeforeDeath';

export const migrations = [People1764000000000, PeopleAndInvolvement1764100000000, AuthoritySettings1764200000000, ReminderRecipients1764300000000, CouncilSetsConsideration1764400000000, ApprovalLimitGrants1764500000000, StaffByName1764600000000, Handovers1764700000000, Offboarding1764800000000, RelationshipsEndWithDeath1764900000000, MovesFollowDeath1765000000000, RelationshipEndBeforeDeath1765100000000];
