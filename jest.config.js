// ts-jest runs the TypeScript sources. Some libraries ship only ES modules (jose, file-type …):
// they are transformed to CommonJS too, instead of being skipped like the rest of node_modules.
const esmOnly = [
  'franc-min',
  'trigram-utils',
  'collapse-white-space',
  'n-gram',
  'jose',
  'file-type',
  'strtok3',
  'token-types',
  'peek-readable',
  'uint8array-extras',
  '@tokenizer',
  '@borewit',
];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }],
    '^.+\\.m?js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', target: 'es2022', esModuleInterop: true, isolatedModules: true } },
    ],
  },
  // file-type exports only "import"/"module-sync" conditions, which jest's resolver does not use.
  moduleNameMapper: { '^file-type$': '<rootDir>/node_modules/file-type/index.js' },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  globalSetup: '<rootDir>/test/global-setup.ts',
  testTimeout: 30_000,
  maxWorkers: 2,
};
