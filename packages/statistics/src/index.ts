export * from './funnel/index.js';
export * from './spc/index.js';
