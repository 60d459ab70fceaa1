// `npm test`: typecheck, lint, structure (import cycles, unused code), unit tests, browser check,
// build, e2e tests, in that order.
//
// Every step streams its output. A failing step does not stop the run (so one run shows every
// failure) unless a later step cannot run without it: e2e needs both a browser and a fresh build.
// The run ends with a short per-step summary and then one line, alone and last:
//
//     N passed, N failed
//
// The numbers add up Vitest's and Playwright's test counts, read from their JSON reports.
// A failed typecheck, lint or build step counts as 1 failed, and so does a test step that fails
// without a failing test to show for it (a file that does not load, an unhandled error, a web
// server that does not start) or that cannot run at all (no browser, no build). A red run
// therefore never ends in "0 failed". The exit code is non-zero whenever a step failed.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const UNIT_REPORT = join(root, 'test-results', 'unit.json');
const E2E_REPORT = join(root, 'test-results', 'e2e.json'); // set in playwright.config.ts

/** @typedef {{ name: string, ok: boolean, passed: number, failed: number, skipped: number, note: string }} StepResult */
/** @type {StepResult[]} */
const results = [];

/** @type {import('node:child_process').ChildProcess | undefined} */
let current;
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.on(signal, () => {
    current?.kill(signal);
    process.exit(code);
  });
}

/**
 * Runs `node` or a local binary from node_modules/.bin, streaming its output.
 * @returns {Promise<{ code: number | null, error?: string }>} code null: it could not start or was killed
 */
function run(binary, args) {
  const label = [binary, ...args].join(' ');
  console.log(`\n==> ${label}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const command =
      binary === 'node' ? process.execPath : join(root, 'node_modules', '.bin', binary);
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      env: process.env,
    });
    current = child;
    child.on('error', (error) => {
      current = undefined;
      console.log(`==> ${label}: could not start (${error.message})`);
      resolve({ code: null, error: error.message });
    });
    child.on('close', (code, signal) => {
      current = undefined;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const outcome = code === 0 ? 'ok' : signal ? `killed by ${signal}` : `exit ${code}`;
      console.log(`==> ${label}: ${outcome} in ${seconds}s`);
      resolve({ code: signal ? null : code });
    });
  });
}

/** A step without test counts (typecheck, lint, build): 0 or 1 failed. */
function record(name, ok, note = '') {
  results.push({ name, ok, passed: 0, failed: ok ? 0 : 1, skipped: 0, note });
  return ok;
}

/** A test step: counts from its report, never "0 failed" when the runner itself failed. */
function recordTests(name, exitCode, counts, note = '') {
  const { passed = 0, skipped = 0 } = counts ?? {};
  let failed = counts?.failed ?? 0;
  if (exitCode !== 0 && failed === 0) failed = 1;
  if (!counts && !note) note = 'no report';
  results.push({ name, ok: exitCode === 0 && failed === 0, passed, failed, skipped, note });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if (existsSync(file)) console.log(`Could not read ${relative(root, file)}: ${error.message}`);
    return undefined;
  }
}

/** Vitest's JSON reporter (Jest-compatible format). */
function unitCounts(report) {
  if (!report || typeof report.numPassedTests !== 'number') return undefined;
  // A test file that fails to load or throws outside a test has no failing test of its own.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' &&
      !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** Playwright's JSON reporter. */
function e2eCounts(report) {
  if (!report?.stats) return undefined;
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  // Top-level errors: spec files that do not compile, a web server that does not start, ...
  const errors = Array.isArray(report.errors) ? report.errors.length : 0;
  return { passed: expected + flaky, failed: unexpected + errors, skipped };
}

// 1. typecheck
record('typecheck', (await run('tsc', ['-b'])).code === 0);

// 2. lint: run both tools, so formatting problems show up even when ESLint fails
const eslint = await run('eslint', ['.', '--max-warnings', '0']);
const prettier = await run('prettier', ['--check', '.']);
const lintFailures = [eslint.code !== 0 && 'eslint', prettier.code !== 0 && 'prettier'].filter(
  Boolean,
);
record('lint', lintFailures.length === 0, lintFailures.join(', '));

// 3. structure: no import cycles (madge, on resolved paths) and no unused files, exports or
// dependencies (knip). Both, so one run shows every finding.
const madge = await run('madge', [
  '--circular',
  '--no-spinner',
  '--extensions',
  'ts,tsx',
  '--ts-config',
  'tsconfig.app.json',
  'src',
]);
const knip = await run('knip', ['--no-progress']);
const structureFailures = [madge.code !== 0 && 'import cycles', knip.code !== 0 && 'unused code'];
record('structure', !structureFailures.some(Boolean), structureFailures.filter(Boolean).join(', '));

// 4. unit tests
rmSync(UNIT_REPORT, { force: true });
const vitest = await run('vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${relative(root, UNIT_REPORT)}`,
]);
recordTests('unit', vitest.code, unitCounts(readJson(UNIT_REPORT)));

// 5. browser check, 6. build, 7. e2e tests
const browser = await run('node', ['scripts/check-browser.mjs']).then((r) => r.code === 0);
const built = record('build', (await run('vite', ['build'])).code === 0);
if (!browser) {
  recordTests('e2e', 1, undefined, 'not run: no browser');
} else if (!built) {
  recordTests('e2e', 1, undefined, 'not run: build failed');
} else {
  rmSync(E2E_REPORT, { force: true });
  const playwright = await run('playwright', ['test']);
  recordTests('e2e', playwright.code, e2eCounts(readJson(E2E_REPORT)));
}

// Summary: one line per step, then the totals line, last and alone.
console.log('\n==> summary');
for (const step of results) {
  const note = step.note ? ` (${step.note})` : '';
  if (step.name === 'unit' || step.name === 'e2e') {
    const skipped = step.skipped ? `, ${step.skipped} skipped` : '';
    console.log(`${step.name} ${step.passed} passed, ${step.failed} failed${skipped}${note}`);
  } else {
    console.log(`${step.name} ${step.ok ? 'ok' : 'FAILED'}${note}`);
  }
}
const passed = results.reduce((sum, step) => sum + step.passed, 0);
const failed = results.reduce((sum, step) => sum + step.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || results.some((step) => !step.ok) ? 1 : 0;
