export { analyticsSubgraph } from './definition';
export { rebuildCouncil } from './services/rebuild';
export { countedRecordsInsert } from './services/counted';
export { statisticsSql, AGGREGATE_WORK_MEM } from './services/statistics.service';
export { MEASURES_SQL } from './services/measures.service';
