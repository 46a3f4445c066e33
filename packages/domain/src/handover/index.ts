export * from './continuity';
export * from './handover';
export * from './letters';
export * from './reminders';
