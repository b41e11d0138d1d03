// Locates the built adapter and makes DebugClients for it.
// The adapter is `dotnet <pydbg.dll> dap`; DebugClient spawns `runtime [executable]`, so a tiny
// sh wrapper (written to a temp dir) supplies the `dap` subcommand.
import { DebugClient } from '@vscode/debugadapter-testsupport';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '..', '..', '..');
export const programs = resolve(here, '..', 'programs');

export function adapterDll() {
  const given = process.env.PYDBG_DLL;
  if (given) {
    if (!existsSync(given)) throw new Error(`PYDBG_DLL=${given} does not exist`);
    return resolve(given);
  }
  for (const config of ['Release', 'Debug']) {
    const dll = join(repoRoot, 'src', 'DebugAdapter', 'bin', config, 'net10.0', 'pydbg.dll');
    if (existsSync(dll)) return dll;
  }
  throw new Error('pydbg.dll not found: run `dotnet build src/DebugAdapter -c Release` first (or set PYDBG_DLL)');
}

let wrapperDir;
function wrapper() {
  if (!wrapperDir) {
    wrapperDir = mkdtempSync(join(tmpdir(), 'pydbg-dap-client-'));
    const dll = adapterDll().replace(/'/g, `'\\''`);
    writeFileSync(join(wrapperDir, 'pydbg-dap.sh'), `#!/bin/sh\nexec dotnet '${dll}' dap "$@"\n`, { mode: 0o755 });
    process.on('exit', () => rmSync(wrapperDir, { recursive: true, force: true }));
  }
  return join(wrapperDir, 'pydbg-dap.sh');
}

export async function startClient() {
  const dc = new DebugClient('/bin/sh', wrapper(), 'pydbg');
  dc.defaultTimeout = 30000;
  await dc.start();
  return dc;
}
