module.exports = require('@careplan/testing/jest-preset').project(__dirname, { displayName: 'subgraph-kit' });
