/** Worker thread of `page-work.ts`: typesets pages and draws QR codes. */
import { serveJobs } from './pool.ts';
import { pageWork } from './page-work.ts';

serveJobs(pageWork);
