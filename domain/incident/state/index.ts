/** The incident's state and every decision about it, as pure functions the workflow calls. */
export * from './state';
export * from './plan-merge';
export * from './schedule';
export * from './appliers';
export * from './filings';
export * from './summary';
export * from './effects';
export * from './opening';
export * from './four-eyes';
export * from './refusals';
