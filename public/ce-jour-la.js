// "Ce jour-là" on the home page: the page is built with the build's day; in
// the reader's browser, this points the link at the reader's own day (their
// clock, their time zone). Without JavaScript the build's day stays, which is
// the same day for most readers. The days that have a page, with their count,
// are in the section's data-days ("11-25:3 …"), so no request is made.

const box = document.querySelector('[data-ce-jour-la]');
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

function readerDay(now) {
  const pad = (n) => String(n).padStart(2, '0');
  return { key: `${pad(now.getMonth() + 1)}-${pad(now.getDate())}`, text: `${now.getDate() === 1 ? '1er' : now.getDate()} ${MONTHS[now.getMonth()]}` };
}

function point(box, now) {
  const day = readerDay(now);
  if (day.key === box.dataset.today) return;
  const counts = new Map(
    (box.dataset.days ?? '')
      .split(' ')
      .filter(Boolean)
      .map((entry) => entry.split(':')),
  );
  const current = box.querySelector('.this-day-link');
  const all = box.querySelector('.all-days');
  if (!current || !all) return;
  const parts = [];
  if (counts.has(day.key)) {
    const count = Number(counts.get(day.key));
    const link = document.createElement('a');
    link.className = 'this-day-link';
    // The index's address carries the site's path prefix: the day's page is beside it.
    link.href = new URL(`${day.key}/`, all.href).href;
    link.textContent = `Le ${day.text} dans l’archive`;
    parts.push(link, `\u00a0: ${count} dépêche${count > 1 ? 's' : ''}, d’une année à l’autre.`);
  } else {
    const span = document.createElement('span');
    span.className = 'this-day-link';
    span.textContent = `Aucune dépêche de l’archive n’est datée d’un ${day.text}.`;
    parts.push(span);
  }
  const p = current.parentElement;
  p.replaceChildren(...parts, ' ', all);
}

if (box) point(box, new Date());
