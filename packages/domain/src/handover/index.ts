export * from './continuity';
export * from './continuity-budget';
export * from './handover';
export * from './letters';
export * from './reminders';
