export * from './errors';
export * from './enums';
export * from './money';
export * from './nhs-number';
export * from './authority-code';
export * from './local-date';
export * from './person-details';
export * from './rules/review-status';
