import { Analytics1765000000000 } from './1765000000000-Analytics';
import { DataReturns1766000000000 } from './1766000000000-DataReturns';
import { StatisticsIndexes1767000000000 } from './1767000000000-StatisticsIndexes';
import { CountedRecords1768000000000 } from './1768000000000-CountedRecords';
import { CountedPersonKey1769000000000 } from './1769000000000-CountedPersonKey';
import { PlanRevisedOn1770000000000 } from './1770000000000-PlanRevisedOn';
import { PlanRevises1771000000000 } from './1771000000000-PlanRevises';

export const migrations = [Analytics1765000000000, DataReturns1766000000000, StatisticsIndexes1767000000000, CountedRecords1768000000000, CountedPersonKey1769000000000, PlanRevisedOn1770000000000, PlanRevises1771000000000];
