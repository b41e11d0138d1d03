// Real-client tests of evaluation and frame control: evaluate, setExpression, completions,
// gotoTargets/goto, restartFrame (VS Code's DebugClient over stdio).
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { programs, startClient } from './adapter.mjs';

const program = join(programs, 'eval_basic.py');
let dc;
beforeEach(async () => { dc = await startClient(); });
afterEach(async () => { await dc.stop(); });

function collectStdout() {
  const out = { text: '' };
  dc.on('output', (e) => { if (e.body.category === 'stdout') out.text += e.body.output; });
  return out;
}

/** Launches eval_basic.py stopped at line 3 (result = width * height) and returns the top frame id. */
async function stopInArea() {
  await dc.hitBreakpoint({ program }, { path: program, line: 3 });
  const trace = await dc.stackTraceRequest({ threadId: 1 });
  assert.equal(trace.body.stackFrames[0].name, 'area');
  return trace.body.stackFrames[0].id;
}

test('capabilities: evaluation and frame control', async () => {
  const response = await dc.initializeRequest();
  const c = response.body;
  assert.equal(c.supportsEvaluateForHovers, true);
  assert.equal(c.supportsClipboardContext, true);
  assert.equal(c.supportsSetExpression, true);
  assert.equal(c.supportsCompletionsRequest, true);
  assert.deepEqual(c.completionTriggerCharacters, ['.']);
  assert.equal(c.supportsGotoTargetsRequest, true);
  assert.equal(c.supportsRestartFrame, true);
});

test('evaluate in watch, hover, repl and clipboard contexts; errors; expansion', async () => {
  const frameId = await stopInArea();
  const watch = await dc.evaluateRequest({ expression: 'width * 10 + height', frameId, context: 'watch' });
  assert.equal(watch.body.result, '34');
  assert.equal(watch.body.variablesReference, 0);
  const hover = await dc.evaluateRequest({ expression: 'shape', frameId, context: 'hover' });
  assert.equal(hover.body.result, "{'w': 3, 'h': 4}");
  assert.ok(hover.body.variablesReference > 0);
  const children = await dc.variablesRequest({ variablesReference: hover.body.variablesReference });
  const byName = Object.fromEntries(children.body.variables.map((v) => [v.name, v.value]));
  assert.equal(byName["'w'"], '3');
  assert.equal(byName["'h'"], '4');
  const clipboard = await dc.evaluateRequest({ expression: 'list(range(500))', frameId, context: 'clipboard' });
  assert.equal(clipboard.body.result, '[' + Array.from({ length: 500 }, (_, i) => i).join(', ') + ']');
  await assert.rejects(dc.evaluateRequest({ expression: 'zz', frameId, context: 'watch' }), /NameError: name 'zz' is not defined/);
  await assert.rejects(dc.evaluateRequest({ expression: 'width +', frameId, context: 'hover' }), /SyntaxError: invalid syntax/);
});

test('repl statements: output events in order, assignments reach the program', async () => {
  const out = collectStdout();
  const frameId = await stopInArea();
  const seen = [];
  dc.on('output', (e) => { if (e.body.category === 'stdout') seen.push(e.body.output); });
  const r = await dc.evaluateRequest({ expression: "for k in 'ab': print('repl', k)", frameId, context: 'repl' });
  assert.equal(r.body.result, '');
  assert.equal(seen.join(''), 'repl a\nrepl b\n', 'the output arrived before the response');
  await dc.evaluateRequest({ expression: 'width = 10', frameId, context: 'repl' });
  const set = await dc.customRequest('setExpression', { expression: 'height', value: 'height + 1', frameId });
  assert.equal(set.body.value, '5');
  await Promise.all([dc.continueRequest({ threadId: 1 }), dc.waitForEvent('terminated')]);
  assert.equal(out.text, 'repl a\nrepl b\narea 50\n50\n');
});

test('completions: names and attributes with start and length', async () => {
  const frameId = await stopInArea();
  const names = await dc.completionsRequest({ text: 'wid', column: 4, frameId });
  assert.deepEqual(names.body.targets.find((t) => t.label === 'width'), { label: 'width', text: 'width', type: 'variable', start: 1, length: 3 });
  const attrs = await dc.completionsRequest({ text: 'shape.ke', column: 9, frameId });
  assert.deepEqual(attrs.body.targets.map((t) => t.label), ['keys']);
  assert.equal(attrs.body.targets[0].type, 'function');
  assert.equal(attrs.body.targets[0].start, 7);
});

test('goto skips a line; restartFrame re-enters with the entry arguments', async () => {
  const out = collectStdout();
  await stopInArea();
  const targets = await dc.gotoTargetsRequest({ source: { path: program }, line: 4 });
  assert.equal(targets.body.targets.length, 1);
  assert.equal(targets.body.targets[0].label, 'line 4');
  const stopped = dc.waitForEvent('stopped');
  await dc.gotoRequest({ threadId: 1, targetId: targets.body.targets[0].id });
  assert.equal((await stopped).body.reason, 'goto');
  const trace = await dc.stackTraceRequest({ threadId: 1 });
  assert.equal(trace.body.stackFrames[0].line, 4);
  // `result` was never assigned: line 4 raises; restart the frame instead.
  const restarted = dc.waitForEvent('stopped');
  await dc.restartFrameRequest({ frameId: trace.body.stackFrames[0].id });
  assert.equal((await restarted).body.reason, 'restart');
  // Frame ids of the old location are gone; ask again.
  const now = await dc.stackTraceRequest({ threadId: 1 });
  assert.equal(now.body.stackFrames[0].name, 'area');
  const module = now.body.stackFrames[now.body.stackFrames.length - 1];
  await assert.rejects(dc.restartFrameRequest({ frameId: module.id }), /can't restart a module-level frame/);
  const again = dc.waitForEvent('stopped');
  await dc.continueRequest({ threadId: 1 });
  assert.equal((await again).body.reason, 'breakpoint');
  await Promise.all([dc.continueRequest({ threadId: 1 }), dc.waitForEvent('terminated')]);
  assert.equal(out.text, 'area 12\n12\n');
});
