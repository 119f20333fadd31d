export { createGateway, type Gateway } from './app.js';
export { DEMO_ORGANISATIONS, DEMO_PROGRAMME, demoId, personSubject } from './demo/demo-organisations.js';
export { mintDemoToken } from './demo/demo-tokens.js';
export { demoUnitId } from './demo/seed.js';
export { type RunningPlatform, type StartOptions, startPlatform } from './platform.js';
