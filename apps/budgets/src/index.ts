export { budgetsSubgraph } from './definition';
