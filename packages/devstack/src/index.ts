export { ensureJourney, type GraphCall, type Journey, type JourneySpec } from './journey';
export { mintToken, type TokenRequest } from './token';
export { seedDemo, graphCall, DEMO_PEOPLE, DEMO_STAFF } from './seed';
