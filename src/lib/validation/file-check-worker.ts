/** Worker thread of the validator (`validate.ts`): checks each batch of files it is sent (`file-check.ts`). */
import { serveJobs } from '../threads/pool.ts';
import type { CollectionName } from '../config.ts';
import { fileChecker, type BatchResult, type FileCheckSetup, type FileToCheck } from './file-check.ts';

export interface FileCheckJob {
  setup: FileCheckSetup;
  collection: CollectionName;
  files: FileToCheck[];
}

// One checker per setup (the schemas, the dictionary and the text cache are built once per thread).
let checker: { key: string; check: ReturnType<typeof fileChecker> } | undefined;
serveJobs(({ setup, collection, files }: FileCheckJob): BatchResult => {
  const key = JSON.stringify(setup);
  if (checker?.key !== key) checker = { key, check: fileChecker(setup) };
  return checker.check(collection, files);
});
