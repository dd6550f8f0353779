// The pipeline screens for `npm run bench` (run.mjs): the Ärenden board and list, the list's text
// search, and one inquiry's page with its timeline. See tests/bench/README.md.
/* global document */ // only inside inquiryReady, which Playwright runs in the page

export const INQUIRY_LABELS = {
  inquiryBoardCards: 'Ärenden: tavla, first cards (full load)',
  inquiryBoard: 'Ärenden: tavla, counted (full load)',
  inquiryListRows: 'Ärenden: lista, first rows (full load)',
  inquiryList: 'Ärenden: lista, counted (full load)',
  inquirySearch: 'Ärenden: text search keystroke',
  inquiryPage: 'Ärende page + timeline (click)',
};

// Runs in the page (Playwright serialises it, so it is self-contained): once `what` is fully
// shown, a short note on what it shows, else false.
function inquiryReady({ what, want, unlike }) {
  const text = (el) => (el?.textContent ?? '').trim();
  const shown = (el) => Boolean(el && el.getClientRects().length > 0 && el.checkVisibility());
  const count = [...document.querySelectorAll('[role=status]')].find((el) =>
    /^\d[\d\s]* ärenden?$/.test(text(el)),
  );
  // Usable: cards and rows show before the counts, which follow from their own query.
  if (what === 'boardCards') {
    const link = document.querySelector('section[aria-labelledby] .inquiry-card a');
    return shown(link) && 'first card';
  }
  if (what === 'listRows') {
    const firstLink = document.querySelectorAll('[role=row]')[1]?.querySelector('a');
    return shown(firstLink) && 'first row';
  }
  if (what === 'board') {
    // The column (a section labelled by its heading "Inkommet N") and its first card's link.
    const inkommet = [...document.querySelectorAll('section[aria-labelledby]')].find((section) =>
      /^Inkommet/.test(text(document.getElementById(section.getAttribute('aria-labelledby')))),
    );
    return shown(count) && shown(inkommet?.querySelector('a')) && text(count);
  }
  if (what === 'list') {
    const firstLink = document.querySelectorAll('[role=row]')[1]?.querySelector('a'); // [0]: header
    if (!shown(count) || !shown(firstLink)) return false;
    return text(count) !== unlike && (want ?? text(count)) === text(count) && text(count);
  }
  if (what === 'inquiry') {
    const heading = [...document.querySelectorAll('h2')].find((h) => text(h) === 'Tidslinje');
    const items = document.querySelectorAll('li.timeline__item');
    if (!shown(heading)) return false;
    if (shown(items[0])) return `${items.length} timeline items`;
    // An inquiry without calls or follow-ups: the loaded timeline says so (it is not loading).
    const empty = [...heading.closest('section').querySelectorAll('p')].find(
      (p) => text(p) === 'Inget att visa ännu.',
    );
    return shown(empty) && 'empty timeline';
  }
  throw new Error(`inquiryReady: unknown screen ${what}`);
}

/** Search prefixes from real titles in the list: 4 letters of the first, 3 of the last. */
async function pickInquiryQueries(page) {
  const titles = await page.locator('[role=row] a').allTextContents();
  const words = [...new Set(titles.map((n) => n.split(/\s+/)[0].toLowerCase()))];
  const usable = words.filter((w) => /^\p{L}{4,}$/u.test(w));
  if (usable.length < 2) throw new Error(`too few inquiry titles to search for: ${titles}`);
  return [usable[0].slice(0, 4), usable.at(-1).slice(0, 3)];
}

/**
 * Measures the pipeline screens with run.mjs's helpers: `run(key, steps)` measures, `blank()`
 * loads about:blank, `wait(check, arg)` polls an in-page check once per frame. Returns the search
 * prefixes (read from the list when `queries` is not given, so stress reuses exempel's).
 */
export async function measureInquiries({ page, url, run, blank, wait, queries }) {
  const ready = (what, { want, unlike } = {}) => wait(inquiryReady, { what, want, unlike });
  const open = async (path, what) => {
    await page.goto(`${url}/#${path}`, { waitUntil: 'commit' });
    return ready(what);
  };
  const fullLoad = (path, what) => ({ prepare: blank, act: () => open(path, what) });
  // A "first" run ends before its counts do: wait for them (untimed), or the next run would queue
  // behind this one's counting in IndexedDB and measure that instead.
  await run('inquiryBoardCards', {
    ...fullLoad('/arenden', 'boardCards'),
    after: () => ready('board'),
  });
  await run('inquiryBoard', fullLoad('/arenden', 'board'));
  await run('inquiryListRows', {
    ...fullLoad('/arenden?vy=lista', 'listRows'),
    after: () => ready('list'),
  });
  await run('inquiryList', fullLoad('/arenden?vy=lista', 'list'));

  // As the organisation search: from an empty field (the whole list), one input event puts in the
  // prefix, so the first changed count is the final one. Queries alternate.
  queries ??= await pickInquiryQueries(page);
  const all = await ready('list');
  const search = page.getByLabel('Sök', { exact: true });
  const queryOf = (i) => queries[(i + queries.length) % queries.length];
  await run('inquirySearch', {
    prepare: async () => {
      await search.fill('');
      await ready('list', { want: all });
    },
    act: async (i) => {
      await page.keyboard.insertText(queryOf(i));
      return `${queryOf(i)} → ${await ready('list', { unlike: all })}`;
    },
  });

  // An in-app click from the first row of the list (the latest changed) to its page.
  await run('inquiryPage', {
    prepare: () => blank().then(() => open('/arenden?vy=lista', 'list')),
    act: async () => {
      await page.getByRole('row').nth(1).getByRole('link').click();
      return ready('inquiry');
    },
  });
  return queries;
}
