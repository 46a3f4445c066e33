export { analyticsSubgraph } from './definition';
export { rebuildCouncil } from './services/rebuild';
