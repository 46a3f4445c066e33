export { peopleSubgraph } from './definition';
export { Person } from './entities/person.entity';
export { Authority } from './entities/authority.entity';
export { onboardAuthorities, DEMO_AUTHORITIES, type AuthorityRecord } from './onboarding';
