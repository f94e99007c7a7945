// Full-text search over the archive with Pagefind's index (/pagefind/AAAA/). No
// framework: the form and its filters are in the page, results a list of links. Results
// are sorted by date, newest first, unless the reader asks for relevance.
// The query and filters live in the address (?q=…&lieu=…), so a search can
// be shared and the back button works.

const root = document.getElementById('recherche');
const form = root.querySelector('form');
const input = root.querySelector('#q');
const fieldset = root.querySelector('.filters');
const status = root.querySelector('.status');
const list = root.querySelector('.results');

// The site may be served under a path prefix: find it from this script's URL.
const base = new URL('.', import.meta.url);
const FILTERS = [['année'], ['lieu'], ['personne'], ['source'], ['langue']];
const PAGE = 20;

let pagefind;
let current = { results: [], shown: 0 };

function plural(n, one, many) {
  return `${n.toLocaleString('fr-FR')} ${n > 1 ? many : one}`;
}

/** Pagefind's excerpt, keeping only text and <mark>: nothing else from it reaches the page. */
function excerptNodes(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  const out = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out.append(node.textContent);
    else if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.append(mark);
    } else out.append(node.textContent ?? '');
  }
  return out;
}

function renderResult(data) {
  const li = document.createElement('li');
  li.className = 'dispatch';
  const h = document.createElement('h2');
  h.className = 'dispatch-headline';
  const a = document.createElement('a');
  a.href = data.url;
  a.textContent = data.meta.title ?? data.url;
  h.append(a);
  const meta = document.createElement('p');
  meta.className = 'meta';
  const parts = [];
  if (data.meta.date) parts.push(data.meta.date);
  if (data.meta.dateline) parts.push(data.meta.dateline);
  meta.textContent = parts.join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'lede';
  excerpt.append(excerptNodes(data.excerpt ?? ''));
  li.append(h, meta, excerpt);
  return li;
}

async function showMore() {
  const next = current.results.slice(current.shown, current.shown + PAGE);
  const data = await Promise.all(next.map((r) => r.data()));
  for (const d of data) list.append(renderResult(d));
  current.shown += next.length;
  root.querySelector('.more-results')?.remove();
  if (current.shown < current.results.length) {
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'more-results';
    more.textContent = `Afficher ${Math.min(PAGE, current.results.length - current.shown)} résultats de plus`;
    more.addEventListener('click', async () => {
      const first = list.children.length;
      await showMore();
      list.children[first]?.querySelector('a')?.focus();
    });
    list.after(more);
  }
}

function selectedFilters() {
  const filters = {};
  for (const [key] of FILTERS) {
    const value = form.elements[key]?.value;
    if (value) filters[key] = value;
  }
  return filters;
}

function syncAddress() {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set('q', input.value.trim());
  for (const [k, v] of Object.entries(selectedFilters())) params.set(k, v);
  if (form.elements.tri?.value === 'pertinence') params.set('tri', 'pertinence');
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

async function run() {
  const term = input.value.trim();
  const filters = selectedFilters();
  syncAddress();
  list.replaceChildren();
  root.querySelector('.more-results')?.remove();
  if (!term && Object.keys(filters).length === 0) {
    status.textContent = 'Tapez un ou plusieurs mots, ou choisissez un filtre.';
    return;
  }
  status.textContent = 'Recherche…';
  const byRelevance = form.elements.tri?.value === 'pertinence';
  const search = await pagefind.search(term || null, { filters, ...(byRelevance ? {} : { sort: { date: 'desc' } }) });
  current = { results: search.results, shown: 0 };
  const what = term ? ` pour « ${term} »` : '';
  status.textContent = search.results.length === 0 ? `Aucune dépêche${what}.` : `${plural(search.results.length, 'dépêche', 'dépêches')}${what}.`;
  await showMore();
}

async function start() {
  // One index bundle per year (/pagefind/AAAA/): the newest is loaded, the others merged in.
  const years = (root.dataset.bundles ?? '').split(' ').filter(Boolean);
  if (years.length === 0) throw new Error('no search index');
  pagefind = await import(new URL(`pagefind/${years[0]}/pagefind.js`, base).href);
  // A bundle's URLs are relative to its year's folder.
  await pagefind.options({ baseUrl: `${base.pathname}${years[0]}/` });
  for (const year of years.slice(1)) await pagefind.mergeIndex(new URL(`pagefind/${year}/`, base).pathname, { baseUrl: `${base.pathname}${year}/` });
  // Editors' pages (/a-propos/…) have a bundle of their own, with URLs relative to the site's root.
  if (root.dataset.pageBundle !== undefined) await pagefind.mergeIndex(new URL('pagefind/pages/', base).pathname, { baseUrl: base.pathname });
  await pagefind.init();
  const params = new URLSearchParams(location.search);
  // The filters are in the page; a value from the address that the page
  // does not list (a rarely cited name) is added to its list.
  for (const [key] of [...FILTERS, ['tri']]) {
    const select = form.elements[key];
    const wanted = params.get(key);
    if (!select || !wanted) continue;
    if (![...select.options].some((o) => o.value === wanted)) select.append(new Option(wanted, wanted));
    select.value = wanted;
  }
  for (const select of fieldset.querySelectorAll('select')) select.addEventListener('change', run);
  input.value = params.get('q') ?? '';
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  if (input.value || [...params.keys()].some((k) => k !== 'q')) await run();
  else status.textContent = 'Tapez un ou plusieurs mots, ou choisissez un filtre.';
}

start().catch(() => {
  status.textContent = 'La recherche n’a pas pu démarrer. Parcourez les archives par date, lieu ou personne.';
});
