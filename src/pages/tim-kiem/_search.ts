/**
 * The search page's script (the only JavaScript the site ships). Loads Pagefind on demand, folds the
 * query like the index (`đ` → `d`, tone marks removed), keeps the search in the URL and renders results
 * from the unfolded metadata with fold-insensitive highlighting.
 * History: typing replaces the current entry's URL; submitting or changing a filter adds an entry (when the
 * search differs from the URL), so the back button steps through searches without one entry per keystroke.
 */
import { format } from '../../i18n/format.ts';
import { foldForSearch, highlight, pagefindFilters, parseSearchState, sameSearch, serializeSearchState, type SearchState } from '../../lib/search/query.ts';

interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

const PAGE_SIZE = 20;
const TYPING_DELAY = 200;
const ANNOUNCE_DELAY = 900;

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
const section = document.querySelector<HTMLElement>('[data-search-results-section]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const countEl = document.querySelector<HTMLElement>('[data-search-count]')!;
const statusEl = document.querySelector<HTMLElement>('[data-search-status]')!;
const moreButton = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
const errorEl = document.querySelector<HTMLElement>('[data-search-error]')!;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ form.dataset.pagefind!).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 0 });
    // A large index comes in shards (`/pagefind/1/` …): merged into one search.
    for (const shard of (form.dataset.pagefindMerge ?? '').split(' ').filter(Boolean)) await pf.mergeIndex(shard);
    await pf.init();
    return pf;
  });
  return pagefind;
}

function label(key: string, value: string): string {
  const select = selects.find((s) => s.dataset.filter === key);
  const option = select ? [...select.options].find((o) => o.value === value) : undefined;
  return option?.textContent?.trim() ?? value;
}

function formState(): SearchState {
  const filters: SearchState['filters'] = {};
  for (const s of selects) if (s.value) filters[s.dataset.filter as keyof SearchState['filters']] = s.value;
  return { q: input.value, filters };
}

function fillForm(state: SearchState): void {
  input.value = state.q;
  for (const s of selects) {
    const value = state.filters[s.dataset.filter as keyof SearchState['filters']] ?? '';
    s.value = [...s.options].some((o) => o.value === value) ? value : '';
  }
}

function marked(text: string, query: string): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const seg of highlight(text, query)) {
    if (seg.mark) {
      const m = document.createElement('mark');
      m.textContent = seg.text;
      out.append(m);
    } else out.append(seg.text);
  }
  return out;
}

function renderResult(data: PagefindResultData, query: string): HTMLLIElement {
  const li = document.createElement('li');
  const article = document.createElement('article');
  const h = document.createElement('h3');
  const a = document.createElement('a');
  a.href = data.url;
  a.append(marked(data.meta.title ?? data.url, query));
  h.append(a);
  const meta = document.createElement('p');
  meta.className = 'result__meta';
  const type = data.filters.type?.[0];
  if (type) {
    const tag = document.createElement('span');
    tag.className = 'tag';
    tag.textContent = label('type', type);
    meta.append(tag);
  }
  if (data.meta.unit) {
    const unit = document.createElement('span');
    unit.append(marked(data.meta.unit, query));
    meta.append(unit);
  }
  if (data.meta.year) meta.append(Object.assign(document.createElement('span'), { textContent: `${list.dataset.yearLabel} ${data.meta.year}` }));
  if (data.meta.demo === 'true') meta.append(Object.assign(document.createElement('span'), { className: 'tag result__demo', textContent: list.dataset.demoLabel }));
  const summary = document.createElement('p');
  summary.className = 'result__summary';
  summary.append(marked(data.meta.summary ?? '', query));
  article.append(h, meta, summary);
  li.append(article);
  return li;
}

let run = 0;
let results: PagefindResult[] = [];
let shown = 0;
let shownQuery = '';
let announceTimer: ReturnType<typeof setTimeout> | undefined;

function announce(text: string, delay: number): void {
  clearTimeout(announceTimer);
  announceTimer = setTimeout(() => {
    statusEl.textContent = text;
  }, delay);
}

async function showMore(focusFirst: boolean): Promise<void> {
  const mine = run;
  const batch = results.slice(shown, shown + PAGE_SIZE);
  const data = await Promise.all(batch.map((r) => r.data()));
  if (mine !== run) return;
  const items = data.map((d) => renderResult(d, shownQuery));
  list.append(...items);
  shown += batch.length;
  moreButton.hidden = shown >= results.length;
  if (focusFirst) items[0]?.querySelector('a')?.focus();
}

async function search(state: SearchState, announceDelay: number): Promise<void> {
  const mine = ++run;
  const term = foldForSearch(state.q);
  const filters = pagefindFilters(state);
  if (!term && Object.keys(filters).length === 0) {
    results = [];
    list.replaceChildren();
    moreButton.hidden = true;
    countEl.textContent = countEl.dataset.empty ?? '';
    announce('', 0);
    return;
  }
  section.setAttribute('aria-busy', 'true');
  // The count line says "searching" until the first results of a search arrive (it never goes empty: no shift).
  if (!list.childElementCount) countEl.textContent = countEl.dataset.loading ?? '';
  try {
    const pf = await loadPagefind();
    const found = await pf.search(term || null, { filters });
    if (mine !== run || !found) return;
    results = found.results;
    shown = 0;
    shownQuery = state.q;
    list.replaceChildren();
    await showMore(false);
    if (mine !== run) return;
    const n = results.length;
    countEl.textContent = n === 0 ? (countEl.dataset.none ?? '') : format(countEl.dataset.count ?? '', { n });
    const parts = [state.q.trim(), ...Object.entries(filters).map(([k, v]) => label(k, v))].filter(Boolean).join(', ');
    announce(n === 0 ? (countEl.dataset.none ?? '') : format(statusEl.dataset.template ?? '', { n, q: parts }), announceDelay);
    errorEl.hidden = true;
  } catch (error) {
    console.error(error);
    errorEl.hidden = false;
  } finally {
    if (mine === run) section.removeAttribute('aria-busy');
  }
}

function urlOf(state: SearchState): string {
  return `${location.pathname}${serializeSearchState(state)}`;
}

/** Submit or filter change: a new history entry, unless the URL already shows this search (typing keeps it current). */
function commit(): void {
  const state = formState();
  if (sameSearch(state, parseSearchState(location.search))) history.replaceState(null, '', urlOf(state));
  else history.pushState(null, '', urlOf(state));
  void search(state, 0);
}

let typingTimer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => {
    const state = formState();
    history.replaceState(null, '', urlOf(state));
    void search(state, ANNOUNCE_DELAY);
  }, TYPING_DELAY);
});
input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  commit();
});
for (const s of selects) s.addEventListener('change', () => commit());
form.addEventListener('reset', () => {
  setTimeout(() => {
    clearTimeout(typingTimer);
    commit();
    input.focus();
  });
});
moreButton.addEventListener('click', () => void showMore(true));
window.addEventListener('popstate', () => {
  const state = parseSearchState(location.search);
  fillForm(state);
  void search(state, 0);
});

const initial = parseSearchState(location.search);
history.replaceState(null, '', urlOf(initial));
fillForm(initial);
void search(initial, 0);
