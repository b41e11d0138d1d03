// Breakpoints of every kind through VS Code's DebugClient against `pydbg dap` (the VM debugger).
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { programs, startClient } from './adapter.mjs';

let dc;
beforeEach(async () => { dc = await startClient(); });
afterEach(async () => { await dc.stop(); });

const loop = join(programs, 'bp_loop.py');
const exception = join(programs, 'bp_exception.py');

/** Collects every output event of a category. */
function collectOutput() {
  const out = { stdout: '', stderr: '', console: '' };
  dc.on('output', (e) => { out[e.body.category ?? 'console'] += e.body.output; });
  return out;
}

/** initialize + launch (debug), then `configure` (breakpoint requests) before configurationDone. */
async function launchWith(program, configure) {
  await dc.initializeRequest();
  await dc.launchRequest({ program });
  const result = await configure();
  await dc.configurationDoneRequest();
  return result;
}

async function topFrame() {
  const st = await dc.stackTraceRequest({ threadId: 1 });
  return st.body.stackFrames[0];
}

async function local(name) {
  const frame = await topFrame();
  const scopes = await dc.scopesRequest({ frameId: frame.id });
  const locals = scopes.body.scopes.find((s) => s.name === 'Locals');
  const vars = await dc.variablesRequest({ variablesReference: locals.variablesReference });
  return vars.body.variables.find((v) => v.name === name)?.value;
}

test('hitBreakpoint: a line breakpoint in a function stops there', async () => {
  await dc.hitBreakpoint({ program: loop }, { path: loop, line: 2 });
  const frame = await topFrame();
  assert.equal(frame.name, 'square');
  assert.equal(await local('n'), '0');
});

test('a line without code moves to the next line with code; the stop carries the breakpoint id', async () => {
  const bps = await launchWith(loop, () => dc.setBreakpointsRequest({ source: { path: loop }, breakpoints: [{ line: 4 }, { line: 99 }] }));
  const [moved, past] = bps.body.breakpoints;
  assert.equal(moved.verified, true);
  assert.equal(moved.line, 6);
  assert.equal(past.verified, false);
  assert.equal(past.message, 'Line 99 is past the end of bp_loop.py (10 lines); the last line with code is 10.');
  const stopped = await dc.waitForEvent('stopped');
  assert.equal(stopped.body.reason, 'breakpoint');
  assert.deepEqual(stopped.body.hitBreakpointIds, [moved.id]);
  assert.equal((await topFrame()).line, 6);
  const exited = dc.waitForEvent('exited');
  await dc.continueRequest({ threadId: 1 });
  assert.equal((await exited).body.exitCode, 0);
});

test('a conditional breakpoint stops only when its condition is true', async () => {
  await launchWith(loop, () => dc.setBreakpointsRequest({ source: { path: loop }, breakpoints: [{ line: 8, condition: 'i == 3' }] }));
  await dc.assertStoppedLocation('breakpoint', { path: loop, line: 8 });
  assert.equal(await local('i'), '3');
  assert.equal(await local('total'), '5');
  const exited = dc.waitForEvent('exited');
  await dc.continueRequest({ threadId: 1 });
  assert.equal((await exited).body.exitCode, 0);
});

test('a logpoint writes its message to the console and does not stop', async () => {
  const out = collectOutput();
  const consoleEvents = [];
  dc.on('output', (e) => { if (e.body.category === 'console') consoleEvents.push(e.body); });
  let stops = 0;
  dc.on('stopped', () => { stops++; });
  const exited = dc.waitForEvent('exited');
  const terminated = dc.waitForEvent('terminated');
  await launchWith(loop, () => dc.setBreakpointsRequest({ source: { path: loop }, breakpoints: [{ line: 3, logMessage: 'square({n}) = {result}' }] }));
  assert.equal((await exited).body.exitCode, 0);
  await terminated;
  assert.equal(out.console, 'square(0) = 0\nsquare(1) = 1\nsquare(2) = 4\nsquare(3) = 9\nsquare(4) = 16\n');
  assert.equal(out.stdout, 'total 30\n');
  assert.equal(consoleEvents[0].line, 3);
  assert.equal(consoleEvents[0].source.path, loop);
  assert.equal(stops, 0);
});

test('a function breakpoint stops at the first line of the function', async () => {
  const answer = await launchWith(loop, () => dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'square', hitCondition: '3' }] }));
  assert.equal(answer.body.breakpoints[0].verified, true);
  assert.equal(answer.body.breakpoints[0].line, 2);
  const stopped = await dc.waitForEvent('stopped');
  assert.equal(stopped.body.reason, 'function breakpoint');
  assert.deepEqual(stopped.body.hitBreakpointIds, [answer.body.breakpoints[0].id]);
  assert.equal((await topFrame()).name, 'square');
  assert.equal(await local('n'), '2', 'the third call');
  const exited = dc.waitForEvent('exited');
  await dc.continueRequest({ threadId: 1 });
  assert.equal((await exited).body.exitCode, 0);
});

test('exception breakpoints: raised and uncaught, with exceptionInfo', async () => {
  const init = await dc.initializeRequest();
  assert.deepEqual(init.body.exceptionBreakpointFilters.map((f) => [f.filter, f.label, f.default]),
    [['raised', 'Raised Exceptions', false], ['uncaught', 'Uncaught Exceptions', true]]);
  assert.equal(init.body.supportsExceptionInfoRequest, true);
  await dc.launchRequest({ program: exception });
  await dc.setExceptionBreakpointsRequest({ filters: ['raised', 'uncaught'] });
  await dc.configurationDoneRequest();
  await dc.assertStoppedLocation('exception', { path: exception, line: 2 });
  let info = await dc.exceptionInfoRequest({ threadId: 1 });
  assert.equal(info.body.exceptionId, 'ValueError');
  assert.equal(info.body.description, "invalid literal for int() with base 10: 'x'");
  assert.equal(info.body.breakMode, 'always');
  await dc.continueRequest({ threadId: 1 });
  await dc.assertStoppedLocation('exception', { path: exception, line: 2 });
  info = await dc.exceptionInfoRequest({ threadId: 1 });
  assert.equal(info.body.breakMode, 'unhandled');
  assert.equal(info.body.details.typeName, 'ValueError');
  const traceback =
    'Traceback (most recent call last):\n' +
    `  File "${exception}", line 13, in <module>\n` +
    '    main()\n' +
    `  File "${exception}", line 10, in main\n` +
    '    parse("y")\n' +
    `  File "${exception}", line 2, in parse\n` +
    '    return int(text)\n' +
    '           ^^^^^^^^^\n' +
    "ValueError: invalid literal for int() with base 10: 'y'\n";
  assert.equal(info.body.details.stackTrace, traceback);
  const out = collectOutput();
  const exited = dc.waitForEvent('exited');
  const terminated = dc.waitForEvent('terminated');
  await dc.continueRequest({ threadId: 1 });
  assert.equal((await exited).body.exitCode, 1);
  await terminated;
  assert.equal(out.stderr, traceback);
});

test('disassemble around the instruction pointer, and an instruction breakpoint', async () => {
  await dc.initializeRequest();
  await dc.launchRequest({ program: loop, stopOnEntry: true });
  await dc.configurationDoneRequest();
  await dc.assertStoppedLocation('entry', { path: loop, line: 1 });
  const frame = await topFrame();
  assert.equal(frame.instructionPointerReference, '0x01000002');
  const dis = await dc.disassembleRequest({ memoryReference: frame.instructionPointerReference, instructionOffset: -1, instructionCount: 4 });
  assert.deepEqual(dis.body.instructions.map((i) => i.address), ['0x01000000', '0x01000002', '0x01000004', '0x01000006']);
  assert.equal(dis.body.instructions[0].instruction, 'RESUME                   0');
  assert.equal(dis.body.instructions[0].symbol, '<module>');
  assert.match(dis.body.instructions[1].instruction, /^LOAD_CONST {15}0 \(<code object square at 0x02000000, file ".*bp_loop\.py", line 1>\)$/);
  const bps = await dc.customRequest('setInstructionBreakpoints', { breakpoints: [{ instructionReference: '0x02000000', offset: 2 }] });
  assert.equal(bps.body.breakpoints[0].verified, true);
  assert.equal(bps.body.breakpoints[0].instructionReference, '0x02000002');
  await dc.continueRequest({ threadId: 1 });
  const stopped = await dc.waitForEvent('stopped');
  assert.equal(stopped.body.reason, 'instruction breakpoint');
  const top = await topFrame();
  assert.equal(top.name, 'square');
  assert.equal(top.instructionPointerReference, '0x02000002');
  await dc.customRequest('setInstructionBreakpoints', { breakpoints: [] });
  const exited = dc.waitForEvent('exited');
  await dc.continueRequest({ threadId: 1 });
  assert.equal((await exited).body.exitCode, 0);
});
