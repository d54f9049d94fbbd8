// Oracle for Krippendorff's alpha: the `krippendorff` npm package (an
// implementation independent of ours, after the Wikipedia article).
// Usage: node alpha_npm.js NODE_MODULES_DIR < cases.json
// Reads {"cases": [{"matrix": [[analyst 1's values, null = missing], ...]}]}
// and prints per case {nominal, ordinal, interval} (null when not finite).
"use strict";
const path = require("path");
const { alpha } = require(path.join(process.argv[2], "krippendorff"));

const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
const finite = (value) => (Number.isFinite(value) ? value : null);

// The package takes the metric as a difference function. The ordinal one
// depends on how often each value occurs among the pairable values, which
// the package does not expose, so it is built here from those counts.
function ordinalMetric(matrix) {
  const counts = new Map();
  for (let unit = 0; unit < matrix[0].length; unit++) {
    const values = matrix.map((row) => row[unit]).filter((v) => v !== undefined);
    if (values.length < 2) continue;
    for (const v of values) counts.set(v, (counts.get(v) || 0) + 1);
  }
  const sorted = [...counts.keys()].sort((a, b) => a - b);
  return (a, b) => {
    const low = Math.min(a, b);
    const high = Math.max(a, b);
    let between = 0;
    for (const v of sorted) if (v >= low && v <= high) between += counts.get(v);
    between -= (counts.get(low) + counts.get(high)) / 2;
    return between * between;
  };
}

const results = input.cases.map(({ matrix }) => {
  const rows = matrix.map((row) => row.map((v) => (v === null ? undefined : v)));
  return {
    nominal: finite(alpha(rows)),
    ordinal: finite(alpha(rows, ordinalMetric(rows))),
    interval: finite(alpha(rows, (a, b) => (a - b) * (a - b))),
  };
});
process.stdout.write(JSON.stringify(results));
