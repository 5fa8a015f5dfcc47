/**
 * The worker pool every off-main-thread job of the build goes through (`src/lib/threads/pool.ts`): results and
 * errors come back to the job that caused them, no more threads run than asked, a dead worker is replaced, and the
 * pool holds the process open exactly while it has work (checked in a child process that would otherwise exit).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkerPool } from '../../../src/lib/threads/pool.ts';
import type { PoolTestJob } from '../../helpers/pool-worker.ts';

const WORKER = resolve(import.meta.dirname, '../../helpers/pool-worker.ts');
type Out = { value: number; thread: number };

let pool: WorkerPool<PoolTestJob, Out> | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('WorkerPool', () => {
  it('answers every job with its own result, on at most the threads asked for', async () => {
    pool = new WorkerPool<PoolTestJob, Out>(WORKER, 2);
    // Uneven waits make the answers arrive out of order; each must still reach its own job.
    const jobs = Array.from({ length: 12 }, (_, i) => ({ double: i, waitMs: (12 - i) * 5 }));
    const results = await Promise.all(jobs.map((job) => pool!.run(job)));
    expect(results.map((r) => r.value)).toEqual(jobs.map((j) => j.double * 2));
    const threads = new Set(results.map((r) => r.thread));
    expect(threads.size).toBe(2);
    expect(pool.pending).toBe(0);
  });

  it('rejects a job that throws with the worker error, and goes on with the others', async () => {
    pool = new WorkerPool<PoolTestJob, Out>(WORKER, 1);
    const failed = pool.run({ throw: 'Tệp hỏng' });
    const next = pool.run({ double: 21 });
    await expect(failed).rejects.toThrow(/Tệp hỏng/);
    await expect(next).resolves.toMatchObject({ value: 42 });
  });

  it('fails the job of a worker that dies and serves the next job on a new worker', async () => {
    pool = new WorkerPool<PoolTestJob, Out>(WORKER, 1);
    const first = await pool.run({ double: 1 });
    await expect(pool.run({ exit: 3 })).rejects.toThrow(/exited with code 3/);
    const after = await pool.run({ double: 2 });
    expect(after.value).toBe(4);
    expect(after.thread).not.toBe(first.thread);
  });

  it('fails queued jobs when closed, and refuses new ones', async () => {
    pool = new WorkerPool<PoolTestJob, Out>(WORKER, 1);
    const running = expect(pool.run({ double: 1, waitMs: 200 })).rejects.toThrow(/closed/);
    const queued = expect(pool.run({ double: 2 })).rejects.toThrow(/closed/);
    await pool.close();
    await running;
    await queued;
    await expect(pool.run({ double: 3 })).rejects.toThrow(/closed/);
  });

  it('needs at least one thread', () => {
    expect(() => new WorkerPool(WORKER, 0)).toThrow(/at least one thread/);
  });

  it('keeps the process alive while a job runs, and lets it exit once the pool is idle', () => {
    // A child whose only pending work is the pool's: it must print the late answer, then exit by itself.
    const dir = mkdtempSync(join(tmpdir(), 'mlsk-pool-'));
    const script = join(dir, 'child.mjs');
    writeFileSync(
      script,
      `import { WorkerPool } from ${JSON.stringify(pathToFileURL(resolve('src/lib/threads/pool.ts')).href)};
      const pool = new WorkerPool(${JSON.stringify(WORKER)}, 1);
      pool.run({ double: 5, waitMs: 300 }).then((r) => console.log('answer', r.value));\n`,
    );
    const started = Date.now();
    const child = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 20_000, env: { PATH: process.env.PATH } });
    rmSync(dir, { recursive: true, force: true });
    expect(child.stderr).toBe('');
    expect(child.stdout.trim()).toBe('answer 10');
    expect(child.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000); // exited on its own, not killed by the timeout
  });
});
