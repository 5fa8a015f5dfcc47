/**
 * Worker thread of the validator (`validate.ts`): checks each batch of files it is sent (`file-check.ts`). The setup
 * (vocabularies, word list, text cache) comes once, as the thread's `workerData`, so the schemas, the dictionary and
 * the text cache are built once per thread.
 */
import { workerData } from 'node:worker_threads';
import { serveJobs } from '../threads/pool.ts';
import type { CollectionName } from '../config.ts';
import { fileChecker, type BatchResult, type FileCheckSetup, type FileToCheck } from './file-check.ts';

export interface FileCheckJob {
  collection: CollectionName;
  files: FileToCheck[];
}

const check = fileChecker(workerData as FileCheckSetup);
serveJobs(({ collection, files }: FileCheckJob): BatchResult => check(collection, files));
