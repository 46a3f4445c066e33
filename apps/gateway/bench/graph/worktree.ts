import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@careplan/identity';
import { defer } from './cleanup';

const log = (line: string) => process.stderr.write(`${line}\n`);

const git = (...args: string[]) => execFileSync('git', args, { cwd: repoRoot(), encoding: 'utf8' }).trim();

/** The commit `rev` names, abbreviated; throws when it names none. */
export function commitOf(rev: string): string {
  try {
    return git('rev-parse', '--short', '--verify', '--end-of-options', `${rev}^{commit}`);
  } catch {
    throw new Error(`${rev} names no commit in ${repoRoot()}`);
  }
}

/** The working tree, as the report names it: its commit, and whether it has changes on top (the bench's own aside). */
export function describeWorkingTree(): string {
  const changed = git('status', '--porcelain', '--', '.', ':(exclude)apps/gateway/bench') !== '';
  return `working tree at ${commitOf('HEAD')}${changed ? ' with uncommitted changes' : ''}`;
}

/** This process's environment without what `npm run` adds (npm_config_*, INIT_CWD), so npm in a worktree acts on the worktree. */
function worktreeEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) && name !== 'INIT_CWD'));
}

/** Runs a command to the end, its output kept and shown only if it fails; stopped with its children if the bench is. */
async function run(command: string, args: string[], cwd: string): Promise<void> {
  // Detached, in a process group of its own, so stopping it stops npm's and turbo's children too.
  const child = spawn(command, args, { cwd, env: worktreeEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const output: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<number | string>((resolve) => {
    child.once('error', (err) => resolve(err.message));
    child.once('close', (code, signal) => resolve(signal ?? code ?? 'no exit code'));
  });
  const stop = defer(async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
    await exited;
  });
  const status = await exited;
  await stop();
  if (status !== 0) {
    const tail = output.join('').trimEnd().split('\n').slice(-40).join('\n');
    throw new Error(`\`${command} ${args.join(' ')}\` in ${cwd} failed (${status}):\n${tail}`);
  }
}

async function timed(what: string, step: () => Promise<void>): Promise<void> {
  const started = Date.now();
  await step();
  log(`  ${what} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Checks `rev` out as a git worktree in a temporary directory, installs its own dependencies (npm ci,
 * so its workspace packages are its own code) and builds it with its own build script. The worktree
 * and the directory go on cleanup: at the end, on an error or on Ctrl-C. Resolves with its root.
 */
export async function checkOut(rev: string): Promise<string> {
  const commit = commitOf(rev);
  const dir = mkdtempSync(join(tmpdir(), `careplan-bench-${commit}-`));
  const root = join(dir, 'tree');
  defer(async () => {
    await run('git', ['worktree', 'remove', '--force', root], repoRoot()).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    // Forgets the worktree if it could not be removed as one (say, its checkout was interrupted).
    await run('git', ['worktree', 'prune'], repoRoot());
  });
  log(`checking out ${rev} (${commit}) in ${root}`);
  await run('git', ['worktree', 'add', '--detach', root, commit], repoRoot());
  await timed('installed (npm ci)', () => run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], root));
  await timed('built (npm run build)', () => run('npm', ['run', 'build'], root));
  return root;
}
