// The quick slice of the differential conformance harness (conformance/README.md):
// every named scenario plus 2,000 generated ones, through CPython's http.client (in
// Pyodide) and through the port; any divergence not listed in
// conformance/known-divergences.json fails. A Pyodide that fails to load fails too.

import { generate } from "../conformance/generate";
import { formatDivergence, loadKnown, loadScenarios, runConformance, SCENARIOS_DIR, summaryLine } from "../conformance/run";

const SEED = Number(process.env.CONFORMANCE_SEED ?? 20260101) >>> 0;
const GENERATED = 2000;

test(
  `conformance: named scenarios + ${GENERATED} generated (seed ${SEED}), both sides`,
  async () => {
    const named = loadScenarios(SCENARIOS_DIR);
    expect(named.length).toBeGreaterThanOrEqual(150);
    const summary = await runConformance({
      scenarios: named.concat(generate(SEED, GENERATED)),
      side: "both",
      workers: 2,
      batchSize: 200,
      known: loadKnown(),
      log: () => {},
    });
    expect(summary.pythonVersion).toMatch(/^3\.14\./);
    const unexplained = summary.divergences.filter((d) => !d.known);
    const report = unexplained.slice(0, 10).map(formatDivergence).join("\n");
    // The report names each divergent scenario, its first differing step and both records.
    expect(`${summaryLine(summary)}\n${report}`).toBe(summaryLine({ ...summary, divergent: 0 }) + "\n");
    expect(summary.identical + summary.known).toBe(summary.total);
  },
  240_000,
);
