// Debugging with VS Code's DebugClient: stops, stepping, inspection, pause, terminate.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { programs, startClient } from './adapter.mjs';

const steps = join(programs, 'exec_steps.py');
const loop = join(programs, 'exec_loop.py');

let dc;
beforeEach(async () => { dc = await startClient(); });
afterEach(async () => { await dc.stop(); });

function collectOutput() {
  const out = { stdout: '', stderr: '', console: '' };
  dc.on('output', (e) => { out[e.body.category ?? 'console'] += e.body.output; });
  return out;
}

/** initialize (with variable types), launch, optional breakpoints, configurationDone. */
async function start(launchArgs, breakpointLines = []) {
  const initialized = dc.waitForEvent('initialized');
  await dc.initializeRequest({ adapterID: 'pydbg', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path', supportsVariableType: true });
  await dc.launchRequest(launchArgs);
  await initialized;
  if (breakpointLines.length > 0) {
    const set = await dc.setBreakpointsRequest({ source: { path: launchArgs.program }, breakpoints: breakpointLines.map((line) => ({ line })) });
    assert.ok(set.body.breakpoints.every((b) => b.verified));
  }
  await dc.configurationDoneRequest();
}

async function top() {
  const st = await dc.stackTraceRequest({ threadId: 1 });
  return st.body.stackFrames[0];
}

async function stepAndCheck(request, line, name) {
  const stopped = dc.waitForEvent('stopped');
  await request({ threadId: 1 });
  assert.equal((await stopped).body.reason, 'step');
  const frame = await top();
  assert.deepEqual([frame.line, frame.name], [line, name]);
}

async function locals(frameId) {
  const scopes = await dc.scopesRequest({ frameId });
  assert.deepEqual(scopes.body.scopes.map((s) => s.name), ['Locals', 'Globals', 'Operand Stack']);
  const vars = await dc.variablesRequest({ variablesReference: scopes.body.scopes[0].variablesReference });
  return { reference: scopes.body.scopes[0].variablesReference, variables: vars.body.variables };
}

test('stopOnEntry stops at line 1 with reason entry; continue runs to the end', async () => {
  const out = collectOutput();
  const stopped = dc.waitForEvent('stopped');
  await start({ program: steps, stopOnEntry: true });
  const event = await stopped;
  assert.equal(event.body.reason, 'entry');
  assert.equal(event.body.threadId, 1);
  assert.equal(event.body.allThreadsStopped, true);
  const frame = await top();
  assert.equal(frame.name, '<module>');
  assert.equal(frame.line, 1);
  assert.equal(frame.column, 1);
  assert.equal(frame.source.path, steps);
  const threads = await dc.threadsRequest();
  assert.deepEqual(threads.body.threads, [{ id: 1, name: 'MainThread' }]);
  const exited = dc.waitForEvent('exited');
  const terminated = dc.waitForEvent('terminated');
  await dc.continueRequest({ threadId: 1 });
  assert.equal((await exited).body.exitCode, 0);
  await terminated;
  assert.equal(out.stdout, 'total 14\n');
});

test('a breakpoint stops inside the function; the stack has both frames', async () => {
  await dc.hitBreakpoint({ program: steps }, { path: steps, line: 2 });
  const st = await dc.stackTraceRequest({ threadId: 1 });
  assert.deepEqual(st.body.stackFrames.map((f) => `${f.name}:${f.line}`), ['square:2', '<module>:8']);
  assert.equal(st.body.totalFrames, 2);
  assert.match(st.body.stackFrames[0].instructionPointerReference, /^0x[0-9A-F]{8}$/);
});

test('next, stepIn and stepOut walk the program', async () => {
  const stopped = dc.waitForEvent('stopped');
  await start({ program: steps, stopOnEntry: true });
  await stopped;
  await stepAndCheck((a) => dc.nextRequest(a), 5, '<module>');
  await stepAndCheck((a) => dc.nextRequest(a), 6, '<module>');
  await stepAndCheck((a) => dc.nextRequest(a), 7, '<module>');
  await stepAndCheck((a) => dc.nextRequest(a), 8, '<module>');
  await stepAndCheck((a) => dc.stepInRequest(a), 2, 'square');
  await stepAndCheck((a) => dc.nextRequest(a), 3, 'square');
  await stepAndCheck((a) => dc.stepOutRequest(a), 8, '<module>');
  await stepAndCheck((a) => dc.nextRequest(a), 7, '<module>');
});

test('scopes, variables with types and evaluateName, setVariable changes the run', async () => {
  const out = collectOutput();
  await start({ program: steps }, [2]);
  await dc.waitForEvent('stopped');
  const frame = await top();
  const { reference, variables } = await locals(frame.id);
  assert.deepEqual(variables.map((v) => [v.name, v.value, v.type, v.evaluateName]), [['n', '1', 'int', 'n']]);
  const set = await dc.setVariableRequest({ variablesReference: reference, name: 'n', value: 'n + 9' });
  assert.equal(set.body.value, '10');
  assert.equal(set.body.type, 'int');
  const caller = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[1];
  const moduleScopes = await dc.scopesRequest({ frameId: caller.id });
  const globals = await dc.variablesRequest({ variablesReference: moduleScopes.body.scopes[1].variablesReference });
  const values = globals.body.variables.find((v) => v.name === 'values');
  assert.equal(values.value, '[1, 2, 3]');
  assert.equal(values.indexedVariables, 3);
  const items = await dc.variablesRequest({ variablesReference: values.variablesReference, filter: 'indexed', start: 1, count: 2 });
  assert.deepEqual(items.body.variables.map((v) => [v.name, v.value, v.evaluateName]), [['1', '2', 'values[1]'], ['2', '3', 'values[2]']]);
  await assert.rejects(dc.setVariableRequest({ variablesReference: reference, name: 'n', value: '1 +' }), /SyntaxError/);
  await dc.setBreakpointsRequest({ source: { path: steps }, breakpoints: [] });
  const terminated = dc.waitForEvent('terminated');
  await dc.continueRequest({ threadId: 1 });
  await terminated;
  assert.equal(out.stdout, 'total 113\n');
});

test('pause stops an infinite loop; requests while running fail clearly; terminate ends it', async () => {
  const out = collectOutput();
  await start({ program: loop });
  await dc.assertOutput('stdout', 'looping\n');
  await assert.rejects(dc.stackTraceRequest({ threadId: 1 }), /the program is running/);
  const stopped = dc.waitForEvent('stopped');
  await dc.pauseRequest({ threadId: 1 });
  assert.equal((await stopped).body.reason, 'pause');
  const frame = await top();
  assert.ok([3, 4].includes(frame.line), `paused at line ${frame.line}`);
  const scopes = await dc.scopesRequest({ frameId: frame.id });
  const globals = await dc.variablesRequest({ variablesReference: scopes.body.scopes[1].variablesReference });
  const count = globals.body.variables.find((v) => v.name === 'count');
  assert.ok(Number(count.value) > 0);
  const exited = dc.waitForEvent('exited');
  const terminated = dc.waitForEvent('terminated');
  await dc.terminateRequest({});
  await exited;
  await terminated;
  assert.equal(out.stdout, 'looping\n');
});
