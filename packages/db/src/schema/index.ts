export * from './action-plans.js';
export * from './assurance.js';
export * from './benchmarking.js';
export * from './measures.js';
export * from './platform.js';
export * from './tenancy.js';
