// Real-client tests: VS Code's DebugClient drives `pydbg dap` over stdio.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { programs, startClient } from './adapter.mjs';

let dc;
beforeEach(async () => { dc = await startClient(); });
afterEach(async () => { await dc.stop(); });

/** Collects every output event of a category until `terminated`. */
function collectOutput() {
  const out = { stdout: '', stderr: '', console: '' };
  dc.on('output', (e) => { out[e.body.category ?? 'console'] += e.body.output; });
  return out;
}

test('initialize answers capabilities and is followed by initialized', async () => {
  const initialized = dc.waitForEvent('initialized');
  const response = await dc.initializeRequest();
  assert.equal(response.success, true);
  assert.equal(response.body.supportsConfigurationDoneRequest, true);
  assert.equal(response.body.supportsTerminateRequest, true);
  assert.equal(response.body.supportsStepBack, undefined);
  await initialized;
});

test('unknown request fails with a clear message', async () => {
  await dc.initializeRequest();
  await assert.rejects(dc.customRequest('frobnicate', {}), /Unknown request 'frobnicate'/);
});

test('launch noDebug: exact stdout, exit code 0, terminated', async () => {
  const out = collectOutput();
  const exited = dc.waitForEvent('exited');
  const terminated = dc.waitForEvent('terminated');
  await Promise.all([
    dc.configurationSequence(),
    dc.launch({ program: join(programs, 'hello.py'), noDebug: true }),
    dc.assertOutput('stdout', 'hello from pydbg\n1 1\n2 5\n3 14\n4 30\ndone'),
  ]);
  assert.equal((await exited).body.exitCode, 0);
  await terminated;
  assert.equal(out.stdout, 'hello from pydbg\n1 1\n2 5\n3 14\n4 30\ndone');
  assert.equal(out.stderr, '');
  const threads = await dc.threadsRequest();
  assert.deepEqual(threads.body.threads, [{ id: 1, name: 'MainThread' }]);
});

test('an uncaught exception: traceback on stderr, exit code 1', async () => {
  const program = join(programs, 'exception.py');
  const out = collectOutput();
  const exited = dc.waitForEvent('exited');
  const terminated = dc.waitForEvent('terminated');
  await Promise.all([
    dc.configurationSequence(),
    dc.launch({ program, noDebug: true }),
  ]);
  assert.equal((await exited).body.exitCode, 1);
  await terminated;
  assert.equal(out.stdout, 'computing\n');
  assert.equal(out.stderr,
    'Traceback (most recent call last):\n' +
    `  File "${program}", line 6, in <module>\n` +
    '    divide(1, 0)\n' +
    `  File "${program}", line 2, in divide\n` +
    '    return a / b\n' +
    '           ~~^~~\n' +
    'ZeroDivisionError: division by zero\n');
});

test('a missing program fails the launch', async () => {
  await dc.initializeRequest();
  await assert.rejects(dc.launchRequest({ program: join(programs, 'no-such-file.py'), noDebug: true }), /Cannot launch .*no-such-file\.py/);
});

test('breakpoints set before launch are answered unverified (no program yet)', async () => {
  await dc.initializeRequest();
  const response = await dc.setBreakpointsRequest({ source: { path: join(programs, 'hello.py') }, breakpoints: [{ line: 3 }] });
  assert.equal(response.body.breakpoints.length, 1);
  assert.equal(response.body.breakpoints[0].verified, false);
  assert.equal(response.body.breakpoints[0].line, 3);
});
