// `npm test` runs every workspace's suites in one Jest run, so one summary line covers them all.
const { readdirSync, existsSync } = require('node:fs');
const { join } = require('node:path');
const { root } = require('./jest-preset');

const projects = ['packages', 'apps'].flatMap((group) =>
  readdirSync(join(root, group))
    .map((dir) => join(root, group, dir, 'jest.config.js'))
    .filter(existsSync),
);

module.exports = {
  rootDir: root,
  projects,
  reporters: ['default', join(__dirname, 'summary-reporter.js')],
  maxWorkers: 2,
  // Also here: Jest ignores a project's testTimeout when it runs several projects at once.
  testTimeout: 30000,
};
