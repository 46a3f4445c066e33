export { reviewsSubgraph } from './definition';
