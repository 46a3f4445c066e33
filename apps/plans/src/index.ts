export { plansSubgraph } from './definition';
