// Runs one stage as a child process and measures its wall time and peak resident memory.
// Peak RSS comes from GNU time (/usr/bin/time, getrusage of the waited child) when installed, or
// else from polling /proc/<pid>/status VmHWM over the child's process tree every 50 ms.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GNU_TIME = '/usr/bin/time';

export type RssMethod = 'gnu-time' | 'proc-poll';

export interface StageRun {
  seconds: number;
  peakRssMb: number;
  exitCode: number;
  stdout: string;
  stderr: string;
}

export function rssMethod(): RssMethod {
  return existsSync(GNU_TIME) ? 'gnu-time' : 'proc-poll';
}

/** "Maximum resident set size" from GNU time's -f "%M" (KiB) → MiB. */
export function parseGnuTimeKb(text: string): number | null {
  const kb = Number(text.trim().split(/\s+/).pop());
  return Number.isFinite(kb) && kb > 0 ? kb / 1024 : null;
}

/** VmHWM (KiB) from a /proc/<pid>/status text. */
export function parseVmHwmKb(status: string): number | null {
  const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
  return match ? Number(match[1]) : null;
}

function processTree(pid: number): number[] {
  const children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const list = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (list) children.push(...list.split(/\s+/).map(Number));
    }
  } catch {
    // The process ended between two polls.
  }
  return [pid, ...children.flatMap(processTree)];
}

function treeHwmKb(pid: number): number {
  let max = 0;
  for (const p of processTree(pid)) {
    try {
      max = Math.max(max, parseVmHwmKb(readFileSync(`/proc/${p}/status`, 'utf8')) ?? 0);
    } catch {
      // gone
    }
  }
  return max;
}

/** Runs `command args…` in cwd with extra env; resolves when it exits (never rejects on exit code). */
export function runStage(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; echo?: boolean }): Promise<StageRun> {
  const method = rssMethod();
  const scratch = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const timeFile = join(scratch, 'rss');
  const [cmd, argv] = method === 'gnu-time' ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, [...args]];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (options.echo) process.stderr.write(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (options.echo) process.stderr.write(chunk);
  });
  let polledKb = 0;
  const poll = method === 'proc-poll' ? setInterval(() => child.pid && (polledKb = Math.max(polledKb, treeHwmKb(child.pid))), 50) : null;
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (poll) clearInterval(poll);
      const peakRssMb = method === 'gnu-time' ? (existsSync(timeFile) ? (parseGnuTimeKb(readFileSync(timeFile, 'utf8')) ?? 0) : 0) : polledKb / 1024;
      rmSync(scratch, { recursive: true, force: true });
      resolve({ seconds, peakRssMb, exitCode: code ?? -1, stdout, stderr });
    });
  });
}
