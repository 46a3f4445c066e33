export { mintToken, type TokenRequest } from './token';
export { seedDemo, graphCall, DEMO_PEOPLE, DEMO_STAFF } from './seed';
