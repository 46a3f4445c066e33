import { People1764000000000 } from './1764000000000-People';
import { PeopleAndInvolvement1764100000000 } from './1764100000000-PeopleAndInvolvement';
import { AuthoritySettings1764200000000 } from './1764200000000-AuthoritySettings';

export const migrations = [People1764000000000, PeopleAndInvolvement1764100000000, AuthoritySettings1764200000000];
