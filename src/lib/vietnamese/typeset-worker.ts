/** Worker thread of the typesetting step (`src/integrations/typeset.ts`): typesets each batch of page files it is sent. */
import { serveJobs } from '../threads/pool.ts';
import { typesetFiles } from './typeset-pages.ts';

export interface TypesetJob {
  dir: string;
  files: string[];
}

serveJobs(({ dir, files }: TypesetJob): number => typesetFiles(dir, files));
