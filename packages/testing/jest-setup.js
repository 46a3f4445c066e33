// Runs before every test file.
require('reflect-metadata');
// A care system must not phone home (stack.md, "Apollo Gateway telemetry").
process.env.APOLLO_TELEMETRY_DISABLED = '1';
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'silent';
// Tests sign with their own development key, never the developer's.
process.env.DEV_KEYS_DIR = process.env.DEV_KEYS_DIR || require('node:path').join(require('node:os').tmpdir(), 'careplan-test-keys');
