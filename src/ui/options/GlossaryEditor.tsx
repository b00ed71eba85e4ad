import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Language, Translator } from '../../i18n';
import { markedWords } from '../marked-words';
import { EntryForm } from './EntryForm';
import {
  checkDraft,
  decodeImport,
  describeImport,
  describeSaveFailure,
  MAX_IMPORT_BYTES,
  mergeImportWithin,
  numberFormat,
  readImport,
  upsertEntry,
  type DraftCheck,
  type EntryDraft,
  type GlossaryChange,
  type UserGlossaryEntry,
} from './glossary-edit';
import {
  filterEntries,
  GLOSSARY_PAGE_SIZE,
  glossaryPage,
  pageOfEntry,
  type GlossaryPage,
} from './glossary-pages';
import { GlossaryExport } from './GlossaryExport';
import { GlossaryPager } from './GlossaryPager';
import { GlossaryRow, type RowActions } from './GlossaryRow';
import { ImportErrors, type FailedImport } from './ImportErrors';

export interface GlossaryEditorProps {
  /** The interface language (`t`'s), for the numbers of rows. */
  language: Language;
  t: Translator;
  entries: readonly UserGlossaryEntry[];
  onChange(entries: UserGlossaryEntry[]): Promise<void>;
  /** Says something politely (saved, imported, deleted). */
  announce(message: string): void;
  /** Shows a failure to save where everyone sees it (`role="alert"`); '' takes it away. */
  alert(message: string): void;
}

const EMPTY: EntryDraft = { abbr: '', expansion: '', explanation: '', disabled: false };
/** How long the search waits for the reader to pause typing before it says what it found. */
const SEARCH_ANNOUNCE_MS = 500;

function draftOf(e: UserGlossaryEntry): EntryDraft {
  return { abbr: e.abbr, expansion: e.expansion, explanation: e.explanation ?? '', disabled: !!e.disabled };
}

/** What gets the focus once the row `abbr` is drawn: its header, or its Edit or Delete button. */
interface PendingFocus {
  abbr: string;
  part: 'row' | 'edit' | 'delete';
}

/** The reader's own glossary: add, edit, disable, delete; import and export as CSV or JSON. */
export function GlossaryEditor({ language, t, entries, onChange, announce, alert }: GlossaryEditorProps) {
  const [draft, setDraft] = useState<EntryDraft>(EMPTY);
  const [editing, setEditing] = useState<string | null>(null);
  const [errors, setErrors] = useState<DraftCheck['errors']>({});
  const [failed, setFailed] = useState<FailedImport | null>(null);
  const [fileError, setFileError] = useState('');
  /** What an import that did not fit the list left out (shown, not only announced). */
  const [notice, setNotice] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  /** The table's page (0-based) and filter: 100 rows drawn at a time, of up to 5000. */
  const [pageIndex, setPageIndex] = useState(0);
  const [query, setQuery] = useState('');
  const [pendingFocus, setPendingFocus] = useState<PendingFocus | null>(null);
  const shown = useMemo(() => filterEntries(entries, query), [entries, query]);
  // A page past the end (its last row deleted, a shorter list from storage) shows the last page.
  const view = glossaryPage(shown, pageIndex);
  const number = useMemo(() => numberFormat(language), [language]);
  /** The search's announcement, waiting for the reader to pause typing. */
  const searchAnnouncement = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The page the reader was on before a search, to return to when it is cleared. */
  const pageBeforeSearch = useRef<number | null>(null);
  useEffect(() => () => clearTimeout(searchAnnouncement.current), []);
  /** Says `message` now; a search's announcement still waiting is dropped (it would follow it). */
  const tell = (message: string) => {
    clearTimeout(searchAnnouncement.current);
    announce(message);
  };
  /** 'Rijen 101–200 van 5.000', or '… gevonden' for the rows a search found. */
  const rangeText = (p: GlossaryPage, found: boolean = !!query.trim()) =>
    t(found ? 'glossaryRangeFound' : 'glossaryRange', {
      from: number.format(p.from),
      to: number.format(p.to),
      total: number.format(p.total),
    });

  const focusAbbrField = () => formRef.current?.querySelector<HTMLInputElement>('#kl-glossary-abbr')?.focus();
  /** Focuses a row's header, or its Edit or Delete button; false when the row is not drawn. */
  const focusRowButton = (abbr: string, part: PendingFocus['part']): boolean => {
    for (const row of tableRef.current?.querySelectorAll<HTMLTableRowElement>('tbody tr') ?? []) {
      if (row.dataset.abbr !== abbr) continue;
      const target =
        part === 'row'
          ? row.querySelector<HTMLElement>('th')
          : row.querySelector<HTMLButtonElement>(`button[data-action="${part}"]`);
      target?.focus();
      return !!target;
    }
    return false;
  };

  // A row that is to get the focus (added, edited, or next to one deleted) may be on another
  // page, or drawn only once the list comes back changed: turn to its page, then focus it. A row
  // no longer in the list (filtered out, or its change undone) lets go.
  useLayoutEffect(() => {
    // The page asked for is kept within the list's pages, so a list that grows again does not
    // turn to a page the reader never chose.
    if (pageIndex !== view.index) setPageIndex(view.index);
    if (!pendingFocus) return;
    const page = pageOfEntry(shown, pendingFocus.abbr);
    if (page < 0) setPendingFocus(null);
    else if (page !== view.index) setPageIndex(page);
    else {
      focusRowButton(pendingFocus.abbr, pendingFocus.part);
      setPendingFocus(null);
    }
  });
  // A button the reader pressed that goes away (Cancel, Close, Delete) hands the focus on first,
  // or the next Tab would start again at the top of the page.
  const focusFileInput = () => fileRef.current?.focus();

  // The rows' handlers, current on every render, called through one object that never changes:
  // a row whose entry did not change is then not drawn again (5000 rows took 0.5-1.9 s a toggle).
  const rowActionsRef = useRef<RowActions | null>(null);
  rowActionsRef.current = {
    toggle: (e, on) => {
      const next = entries.map((x) => {
        if (x.abbr !== e.abbr) return x;
        const { disabled: _old, ...rest } = x;
        return on ? rest : { ...rest, disabled: true };
      });
      void save(next, t(on ? 'glossaryNowEnabled' : 'glossaryNowDisabled', { abbr: e.abbr }), {
        kind: on ? 'enable' : 'disable',
        abbr: e.abbr,
      });
    },
    edit: (e) => {
      setEditing(e.abbr);
      setDraft(draftOf(e));
      setErrors({});
      focusAbbrField();
    },
    remove: (e) => {
      if (editing === e.abbr) resetForm();
      // The next row's Delete (or the previous row's, at the end) of those shown: it may be drawn
      // only once the list is back (the first row of the next page moves up into this one; the
      // page's only row gone, the page before is shown). The search field when the search finds
      // no more; the add field when the list becomes empty.
      const at = shown.findIndex((x) => x.abbr === e.abbr);
      const neighbour = shown[at + 1] ?? shown[at - 1];
      if (neighbour) {
        focusRowButton(neighbour.abbr, 'delete');
        setPendingFocus({ abbr: neighbour.abbr, part: 'delete' });
      } else if (entries.length > 1 && query) filterRef.current?.focus();
      else focusAbbrField();
      void save(
        entries.filter((x) => x.abbr !== e.abbr),
        t('glossaryDeleted', { abbr: e.abbr }),
        { kind: 'delete', abbr: e.abbr },
      );
    },
  };
  const [actions] = useState<RowActions>(() => ({
    toggle: (e, on) => rowActionsRef.current?.toggle(e, on),
    edit: (e) => rowActionsRef.current?.edit(e),
    remove: (e) => rowActionsRef.current?.remove(e),
  }));

  const resetForm = () => {
    setDraft(EMPTY);
    setEditing(null);
    setErrors({});
  };

  const onSubmit = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const check = checkDraft(draft, entries, editing);
    setErrors(check.errors);
    if (!check.entry) {
      const first = (['abbr', 'expansion', 'explanation'] as const).find((f) => check.errors[f]);
      if (first) formRef.current?.querySelector<HTMLInputElement>(`#kl-glossary-${first}`)?.focus();
      return;
    }
    const entry = check.entry;
    const wasEditing = editing;
    onChange(upsertEntry(entries, entry, editing)).then(
      () => {
        tell(t(wasEditing ? 'glossaryUpdated' : 'glossaryAdded', { abbr: entry.abbr }));
        alert('');
        resetForm();
        // The row just saved is shown, on its page, and focused: a new one by its header, an
        // edited one by its Edit button. A search it no longer matches is cleared.
        if (!filterEntries([entry], query).length) {
          setQuery('');
          pageBeforeSearch.current = null;
        }
        setPendingFocus({ abbr: entry.abbr, part: wasEditing ? 'edit' : 'row' });
      },
      // An edit is named by the abbreviation the row had (and has again: nothing was stored).
      (error: unknown) =>
        alert(
          describeSaveFailure(
            wasEditing ? { kind: 'edit', abbr: wasEditing } : { kind: 'add', abbr: entry.abbr },
            error,
            t,
          ),
        ),
    );
  };

  /**
   * Stores `next`, the list after `change`; true when stored. A failure is shown, naming the
   * change (the page then shows what is stored).
   */
  const store = (next: UserGlossaryEntry[], change: GlossaryChange): Promise<boolean> =>
    onChange(next).then(
      () => {
        alert('');
        return true;
      },
      (error: unknown) => {
        alert(describeSaveFailure(change, error, t));
        return false;
      },
    );

  const save = async (next: UserGlossaryEntry[], message: string, change: GlossaryChange) => {
    if (await store(next, change)) tell(message);
  };

  /** Merges imported entries in, as many as the list has room for, and says what became of them. */
  const importEntries = async (imported: readonly UserGlossaryEntry[], file: string) => {
    const result = mergeImportWithin(entries, imported);
    const message = describeImport(result, file, t, language);
    if (!result.imported) {
      setNotice(message);
      return;
    }
    if (!(await store(result.entries, { kind: 'import', file }))) return;
    if (result.leftOut.length) setNotice(message);
    else tell(message);
  };

  /**
   * Turns to page `index` (within the pages there are) and says which rows it shows. From the
   * pager below the table the reader goes on at the new page's first row: left on that pager,
   * the focus would be some 300 Tab stops below the rows just shown.
   */
  const turnTo = (index: number, below: boolean, message?: string) => {
    const next = glossaryPage(shown, index);
    if (next.index === view.index) return;
    const top = next.rows[0];
    setPendingFocus(below && top ? { abbr: top.abbr, part: 'row' } : null);
    setPageIndex(next.index);
    tell(message ?? rangeText(next));
  };

  /**
   * Turns to the page typed in a pager's field; the page already shown is said again. A number that
   * is not a page (`outside`: 99 of 3) is said to be one: "Er zijn 3 pagina's; pagina 3 wordt getoond."
   */
  const jumpTo = (index: number, below: boolean, outside: boolean) => {
    const next = glossaryPage(shown, index);
    const range = rangeText(next);
    const message = outside
      ? `${t('glossaryPageOutside', { count: number.format(next.count), page: number.format(next.index + 1) })} ${range}`
      : range;
    if (next.index === view.index) tell(message);
    else turnTo(index, below, message);
  };

  const onSearch = (event: JSX.TargetedEvent<HTMLInputElement>) => {
    const q = event.currentTarget.value;
    const searching = !!q.trim();
    const wasSearching = !!query.trim();
    // A search starts at its first page; cleared, it returns to the page the reader was on.
    let page = view.index;
    if (searching) {
      if (!wasSearching) pageBeforeSearch.current = view.index;
      page = 0;
    } else if (wasSearching) {
      page = pageBeforeSearch.current ?? 0;
      pageBeforeSearch.current = null;
    }
    setQuery(q);
    setPageIndex(page);
    setPendingFocus(null);
    const found = glossaryPage(filterEntries(entries, q), page);
    const message = found.total ? rangeText(found, searching) : t('glossaryNoMatch', { query: q.trim() });
    // Said once the reader pauses typing, not after every letter.
    clearTimeout(searchAnnouncement.current);
    searchAnnouncement.current = setTimeout(() => announce(message), SEARCH_ANNOUNCE_MS);
  };

  const pager = (below: boolean) => (
    <GlossaryPager
      below={below}
      view={view}
      range={rangeText(view)}
      t={t}
      number={number}
      onTurn={(index) => turnTo(index, below)}
      onJump={(index, outside) => jumpTo(index, below, outside)}
    />
  );

  const onFile = async (event: JSX.TargetedEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    setFailed(null);
    setFileError('');
    setNotice('');
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setFileError(t('glossaryFileTooBig', { size: MAX_IMPORT_BYTES / (1024 * 1024) }));
      return;
    }
    let text: string;
    try {
      text = decodeImport(await file.arrayBuffer());
    } catch {
      setFileError(t('glossaryFileUnreadable'));
      return;
    }
    const reading = readImport(text);
    if (reading.errors.length) {
      setFailed({ ...reading, file: file.name });
      return;
    }
    await importEntries(reading.entries, file.name);
  };

  return (
    <section aria-labelledby="kl-glossary-heading" class="kl-glossary">
      <h2 id="kl-glossary-heading">{t('glossaryHeading')}</h2>
      <p>{t('glossaryIntro')}</p>

      <EntryForm
        t={t}
        draft={draft}
        errors={errors}
        editing={editing}
        formRef={formRef}
        onDraft={setDraft}
        onSubmit={onSubmit}
        onCancel={() => {
          const was = editing;
          resetForm();
          // The row may be on another page by now (the reader turned pages while editing).
          if (was && focusRowButton(was, 'edit')) return;
          if (was && shown.some((e) => e.abbr === was)) setPendingFocus({ abbr: was, part: 'edit' });
          else focusAbbrField();
        }}
      />

      {entries.length > GLOSSARY_PAGE_SIZE || query ? (
        <div class="kl-field">
          <label for="kl-glossary-search">{t('glossaryFilter')}</label>
          <input
            ref={filterRef}
            id="kl-glossary-search"
            type="search"
            autoComplete="off"
            spellcheck={false}
            value={query}
            onInput={onSearch}
          />
        </div>
      ) : null}
      {view.total > 0 && (view.count > 1 || query.trim()) ? pager(false) : null}
      {!entries.length ? (
        <p class="kl-empty">{t('glossaryEmpty')}</p>
      ) : !view.total ? (
        <p class="kl-empty">{t('glossaryNoMatch', { query: query.trim() })}</p>
      ) : (
        <table class="kl-glossary-table" ref={tableRef}>
          <caption>
            {entries.length === 1
              ? t('glossaryCountOne')
              : t('glossaryCount', { count: number.format(entries.length) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('glossaryAbbr')}</th>
              <th scope="col">{t('glossaryExpansion')}</th>
              <th scope="col">{t('glossaryEnabledColumn')}</th>
              <th scope="col">{t('glossaryActionsColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((e) => (
              <GlossaryRow key={e.abbr} entry={e} t={t} actions={actions} />
            ))}
          </tbody>
        </table>
      )}
      {view.total > 0 && view.count > 1 ? pager(true) : null}

      <h3>{t('glossaryImportHeading')}</h3>
      <div class="kl-field">
        <label for="kl-glossary-import">{t('glossaryImport')}</label>
        <input
          ref={fileRef}
          id="kl-glossary-import"
          type="file"
          accept=".csv,.json,.txt,text/csv,application/json,text/plain"
          aria-describedby="kl-glossary-import-hint"
          onChange={(e) => void onFile(e)}
        />
        <p id="kl-glossary-import-hint" class="kl-hint">
          {markedWords(t('glossaryImportHint'))}
        </p>
      </div>
      {fileError ? (
        <p class="kl-error" role="alert">
          {fileError}
        </p>
      ) : null}
      {notice ? (
        <p class="kl-notice" role="alert">
          {notice}
        </p>
      ) : null}
      {failed ? (
        <ImportErrors
          failed={failed}
          t={t}
          onImportGood={() => {
            const { entries: good, file } = failed;
            focusFileInput();
            setFailed(null);
            void importEntries(good, file);
          }}
          onDismiss={() => {
            focusFileInput();
            setFailed(null);
          }}
        />
      ) : null}
      <GlossaryExport entries={entries} t={t} />
    </section>
  );
}
