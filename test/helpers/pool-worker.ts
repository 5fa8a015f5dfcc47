/** A worker for the pool's tests (`test/unit/threads/pool.test.ts`): each job says what to do. */
import { threadId } from 'node:worker_threads';
import { serveJobs } from '../../src/lib/threads/pool.ts';

export type PoolTestJob = { double: number; waitMs?: number } | { throw: string } | { exit: number };

serveJobs(async (job: PoolTestJob) => {
  if ('throw' in job) throw new Error(job.throw);
  if ('exit' in job) process.exit(job.exit);
  if (job.waitMs) await new Promise((done) => setTimeout(done, job.waitMs));
  return { value: job.double * 2, thread: threadId };
});
