// One Jest configuration for every workspace: SWC with the decorator settings TypeORM and
// type-graphql need, and @careplan/* resolved to sources so tests never need a build first.
const { readdirSync, existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');

function workspaceSources() {
  const map = {};
  for (const group of ['packages', 'apps']) {
    for (const dir of readdirSync(join(root, group))) {
      const pkg = join(root, group, dir, 'package.json');
      const entry = join(root, group, dir, 'src', 'index.ts');
      if (existsSync(pkg) && existsSync(entry)) {
        const { name } = JSON.parse(readFileSync(pkg, 'utf8'));
        map[`^${name.replace('/', '\\/')}$`] = entry;
      }
    }
  }
  return map;
}

const swcOptions = {
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};
const swc = ['@swc/jest', swcOptions];

function project(dir, { displayName }) {
  return {
    displayName,
    rootDir: dir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/test/**/*.test.ts'],
    transform: { '^.+\\.ts$': swc },
    moduleNameMapper: workspaceSources(),
    setupFiles: [join(__dirname, 'jest-setup.js')],
    testTimeout: 30000,
  };
}

module.exports = { project, root, swcOptions, workspaceSources };
