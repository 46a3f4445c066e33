export { assessmentsSubgraph } from './definition';
