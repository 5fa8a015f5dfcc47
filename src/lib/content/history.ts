/**
 * Change history of content files from git, at build time: one `git log --name-only` pass over
 * the whole content folder (and one listing the commits that also changed code), cached per folder,
 * then a map lookup per page (cheap at 10k records).
 * Never fails the build: outside a git repository, without git, or in a shallow clone it returns
 * what it can know. In a shallow clone the boundary commit's parents are missing, so git shows every
 * file as "added" there; those commits are not attributed to files (an unknown date is better than
 * a wrong one).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

export interface Change {
  /** Commit date, YYYY-MM-DD. */
  date: string;
  /** First line of the commit message. */
  subject: string;
  /** Abbreviated commit id. */
  commit: string;
  /**
   * The commit changed only content files: an editor's change, whose message (written in Vietnamese,
   * see the guide) is shown. A commit that also changed code is a technical change; pages show a
   * generic label instead of its (English) message.
   */
  editorial: boolean;
}

export interface HistoryIndex {
  /** False when git or the repository is not available: pages then show no history. */
  available: boolean;
  /** The repository is a shallow clone: older changes are unknown. */
  shallow: boolean;
  /** Changes of a file (absolute path or relative to the working directory), newest first. */
  changesOf(file: string): Change[];
}

/** How git is run (a test seam). */
export type GitRunner = (args: string[], cwd: string) => { status: number | null; stdout: string };

export const runGit: GitRunner = (args, cwd) => {
  const r = spawnSync('git', ['-c', 'core.quotepath=off', ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  return { status: r.error ? null : r.status, stdout: r.stdout ?? '' };
};

const EMPTY: HistoryIndex = { available: false, shallow: false, changesOf: () => [] };
const RECORD = '\x1e';
const UNIT = '\x1f';

/** Read the history of every file under `dir` with one `git log`. */
export function readGitHistory(dir: string, git: GitRunner = runGit): HistoryIndex {
  if (!existsSync(dir)) return EMPTY;
  const root = git(['rev-parse', '--show-toplevel'], dir);
  if (root.status !== 0 || !root.stdout.trim()) return EMPTY;
  const top = realpathSync(root.stdout.trim());

  const shallowFile = git(['rev-parse', '--git-path', 'shallow'], dir).stdout.trim();
  const shallowPath = shallowFile ? resolve(dir, shallowFile) : '';
  const boundary = new Set(shallowPath && existsSync(shallowPath) ? readFileSync(shallowPath, 'utf8').split('\n').filter(Boolean) : []);

  const folder = relative(top, realpathSync(dir)) || '.';
  const log = git(['log', '--no-merges', '--name-only', `--format=${RECORD}%H${UNIT}%h${UNIT}%cs${UNIT}%s`, '--', folder], top);
  if (log.status !== 0) return { ...EMPTY, shallow: boundary.size > 0 };
  // Commits that also touched something outside the content folder (a second, equally cheap pass).
  const outside = git(['log', '--no-merges', '--format=%H', '--', '.', `:(exclude)${folder}`], top);
  const technical = new Set(folder === '.' ? [] : outside.stdout.split('\n').filter(Boolean));

  const byFile = new Map<string, Change[]>();
  for (const record of log.stdout.split(RECORD)) {
    if (!record.trim()) continue;
    const [head = '', ...files] = record.split('\n');
    const [hash = '', commit = '', date = '', subject = ''] = head.split(UNIT);
    if (boundary.has(hash)) continue;
    for (const name of files) {
      if (!name) continue;
      const list = byFile.get(name) ?? [];
      list.push({ date, subject, commit, editorial: !technical.has(hash) });
      byFile.set(name, list);
    }
  }
  return {
    available: true,
    shallow: boundary.size > 0,
    changesOf(file) {
      const abs = isAbsolute(file) ? file : resolve(file);
      const real = existsSync(abs) ? realpathSync(abs) : abs;
      return byFile.get(relative(top, real).split('\\').join('/')) ?? [];
    },
  };
}

const cache = new Map<string, HistoryIndex>();

/** The history index of a content folder, read once per build. */
export function historyIndex(dir: string): HistoryIndex {
  let index = cache.get(dir);
  if (!index) {
    index = readGitHistory(dir);
    cache.set(dir, index);
  }
  return index;
}

/** What a page shows: the last update and the most recent changes. */
export function pageHistory(index: HistoryIndex, file: string | undefined, limit = 5): { lastUpdated: string | undefined; changes: Change[]; total: number } {
  const changes = file ? index.changesOf(file) : [];
  return { lastUpdated: changes[0]?.date, changes: changes.slice(0, limit), total: changes.length };
}
