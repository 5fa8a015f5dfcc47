/**
 * The one way this project runs work on other threads: a pool of worker threads, each serving one job at a
 * time from a first-in-first-out queue: the preview cards (`images/og-pool.ts`), the validator's per-file checks
 * (`validation/validate.ts`) and the typesetting of the written pages (`integrations/typeset.ts`).
 *
 * Not the page rendering's pure parts while pages render: typesetting each page and drawing its QR codes on a
 * worker took 15 % off the rendering thread's CPU at 3,000–10,000 records, but made a 50,000-record build 54 s
 * slower (682.9 against 628.7 s): with a 1.8 GB heap, V8's concurrent garbage collection needs the second core
 * (docs/performance.md, round 9). Pages are typeset on workers once they are all written instead.
 *
 * - Workers start when jobs arrive, up to `threads`, and are reused.
 * - A worker holds the process open only while it has a job: an idle pool never keeps a build from exiting,
 *   and a job in progress is never cut off by the process exiting under it.
 * - A job that throws rejects with the worker's error (its stack); a worker that dies fails its current job
 *   and is replaced for the next one.
 *
 * The worker side is `serveJobs` in the worker's module. Jobs and results cross threads by structured clone.
 */
import { isMainThread, parentPort, Worker } from 'node:worker_threads';

type Reply<Result> = { ok: true; result: Result } | { ok: false; error: string };

interface Job<In, Out> {
  input: In;
  done: (result: Out) => void;
  fail: (error: Error) => void;
}

export class WorkerPool<In, Out> {
  readonly #file: string;
  readonly #threads: number;
  readonly #workerData: unknown;
  readonly #queue: Job<In, Out>[] = [];
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, Job<In, Out>>();
  #closed = false;

  /**
   * `file`: the worker's module (absolute path), which calls `serveJobs`. `threads`: at most this many workers.
   * `workerData`: what every job of the pool shares, handed to each worker once as its `workerData`.
   */
  constructor(file: string, threads: number, workerData?: unknown) {
    if (!Number.isInteger(threads) || threads < 1) throw new Error(`WorkerPool needs at least one thread (got ${threads}).`);
    this.#file = file;
    this.#threads = threads;
    this.#workerData = workerData;
  }

  /** Runs `input` on the next free worker; settles with its result or its error. */
  run(input: In): Promise<Out> {
    if (this.#closed) return Promise.reject(new Error('WorkerPool is closed.'));
    return new Promise<Out>((done, fail) => {
      this.#queue.push({ input, done, fail });
      this.#dispatch();
    });
  }

  /** Jobs queued or running. */
  get pending(): number {
    return this.#queue.length + this.#busy.size;
  }

  /** Stops every worker; jobs still queued or running are failed. */
  async close(): Promise<void> {
    this.#closed = true;
    const error = new Error('WorkerPool closed before the job ran.');
    for (const job of this.#queue.splice(0)) job.fail(error);
    for (const job of this.#busy.values()) job.fail(error);
    const workers = [...this.#idle.splice(0), ...this.#busy.keys()];
    this.#busy.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }

  #dispatch(): void {
    while (this.#queue.length) {
      const worker = this.#idle.pop() ?? (this.#busy.size < this.#threads ? this.#spawn() : undefined);
      if (!worker) return;
      const job = this.#queue.shift()!;
      this.#busy.set(worker, job);
      worker.ref();
      worker.postMessage(job.input);
    }
  }

  #spawn(): Worker {
    const worker = new Worker(this.#file, { workerData: this.#workerData });
    worker.on('message', (reply: Reply<Out>) => {
      const job = this.#busy.get(worker);
      if (!job) return;
      this.#busy.delete(worker);
      worker.unref();
      this.#idle.push(worker);
      if (reply.ok) job.done(reply.result);
      else job.fail(new Error(reply.error));
      this.#dispatch();
    });
    const lost = (error: Error) => {
      const job = this.#busy.get(worker);
      this.#busy.delete(worker);
      const at = this.#idle.indexOf(worker);
      if (at >= 0) this.#idle.splice(at, 1);
      job?.fail(error);
      if (!this.#closed) this.#dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`Worker ${this.#file} exited with code ${code}.`)));
    return worker;
  }
}

/** In a worker thread: answers every job the pool sends with `handle`'s result, or with the error it threw. */
export function serveJobs<In, Out>(handle: (input: In) => Out | Promise<Out>): void {
  const port = parentPort;
  if (isMainThread || !port) throw new Error('serveJobs runs only in a worker thread started by WorkerPool.');
  port.on('message', async (input: In) => {
    let reply: Reply<Out>;
    try {
      reply = { ok: true, result: await handle(input) };
    } catch (e) {
      reply = { ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    port.postMessage(reply);
  });
}
