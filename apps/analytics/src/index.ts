export { analyticsSubgraph } from './definition';
export { rebuildCouncil } from './services/rebuild';
export { countedRecordsInsert } from './services/counted';
