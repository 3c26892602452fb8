// jest's configuration. Plain CommonJS, so that every Node loads it the same way (Node 22
// and 24 would otherwise try a jest.config.ts as a type-stripped module first).
/** @type {import("jest").Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testTimeout: 30000,
  reporters: ["default", "<rootDir>/scripts/summary-reporter.js"],
};
