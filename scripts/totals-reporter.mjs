// Totals over every browser of a test run. scripts/test.mjs prints them as the run's last line,
// e.g. "412 passed, 0 failed, 0 skipped", after the runner's own summary.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function totalsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load counts as a failure, not as nothing.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
          totals.failed++;
        }
      }
      if (process.env.PM_TEST_TOTALS) writeFileSync(process.env.PM_TEST_TOTALS, JSON.stringify(totals));
    },
  };
}
