/** Worker thread of `typeset-pool.ts`: typesets each page it is sent. */
import { serveJobs } from '../threads/pool.ts';
import { typesetHtml } from './typography.ts';

serveJobs(typesetHtml);
