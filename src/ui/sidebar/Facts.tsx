import type { JSX } from 'preact';
import type { DocumentInfo } from '../../core/types';
import type { Language, Translator } from '../../i18n';
import { documentKindLabel, formatIsoDate } from '../../i18n/format';
import { printedDossier } from '../../core/text/dossier-lines';
import { oneLine } from '../one-line';
import { unbrokenNumbers } from '../unbroken-numbers';
import { dossierUrl, leadsHere } from '../popover/links';
import { paperPageUrl } from './paper-link';
import { Section, type SectionShared } from './Section';

// Shared with the timeline, which takes it from here.
export { oneLine };

interface Fact {
  key: string;
  label: string;
  value: JSX.Element | string | Array<JSX.Element | string>;
  /** The value as text, for the filter. */
  text: string;
  /** Quoted from the (Dutch) paper: marked `lang="nl"` so an English screen reader says it right. */
  fromPaper?: boolean;
}

/** Kinds of paper whose `sender` are the members who submitted it. */
const SUBMITTED: ReadonlySet<DocumentInfo['kind']> = new Set(['motie', 'amendement']);

function documentFacts(doc: DocumentInfo, lang: Language, t: Translator): Fact[] {
  const facts: Fact[] = [];
  if (doc.kind) {
    const kind = documentKindLabel(doc.kind, lang);
    facts.push({ key: 'kind', label: t('factKind'), value: kind, text: kind });
  }
  if (doc.letterDate) {
    const date = formatIsoDate(doc.letterDate, lang);
    facts.push({
      key: 'date',
      label: t('factDate'),
      value: <time dateTime={doc.letterDate}>{date}</time>,
      text: date,
    });
  }
  if (doc.dossier && doc.number) {
    const dossier = printedDossier(doc.dossier);
    const text = t('factPaperValue', { dossier, number: doc.number });
    const shown = unbrokenNumbers(text);
    const url = paperPageUrl(doc.dossier, doc.number);
    const link = (href: string, title: string, text: string) => (
      <a href={href} target="_blank" rel="noopener noreferrer" title={title}>
        {text}
      </a>
    );
    let value: Fact['value'] = shown;
    if (url && !leadsHere(url)) value = link(url, t('factPaperLinkTitle'), shown);
    else if (url) {
      // On the paper's own page a link to the paper would lead nowhere: its dossier's overview
      // (every paper of the dossier) is linked from the dossier's number instead.
      const d = unbrokenNumbers(dossier);
      const at = shown.indexOf(d);
      const overview = dossierUrl(doc.dossier);
      if (overview && at >= 0)
        value = [shown.slice(0, at), link(overview, t('popOpenDossier'), d), shown.slice(at + d.length)];
    }
    facts.push({ key: 'paper', label: t('factPaper'), value, text });
  } else if (doc.dossier) {
    const dossier = printedDossier(doc.dossier);
    facts.push({ key: 'dossier', label: t('factDossier'), value: unbrokenNumbers(dossier), text: dossier });
  }
  const quoted: Array<[string, string, string | null]> = [
    ['title', t('factTitle'), doc.title],
    // Who asked the written questions an answer answers, before the minister who answers them.
    ['askers', t(doc.askers.length > 1 ? 'factAskers' : 'factAsker'), doc.askers.join(', ')],
    // A motie or an amendement is not sent: its members submit it (`Het lid Schouw`).
    ['sender', t(SUBMITTED.has(doc.kind) ? 'factSubmitters' : 'factSender'), doc.sender],
    ['addressee', t('factAddressee'), doc.addressee],
  ];
  for (const [key, label, value] of quoted) {
    if (!value) continue;
    const text = oneLine(value);
    facts.push({ key, label, value: text, text, fromPaper: true });
  }
  return facts;
}

export interface FactsProps extends SectionShared {
  doc: DocumentInfo;
  lang: Language;
}

/** What the paper is: kind, date, number, title, askers, sender, addressee. */
export function Facts({ doc, lang, t, matches, filtering, collapsed, onToggle }: FactsProps) {
  const all = documentFacts(doc, lang, t);
  const facts = all.filter((f) => matches(f.label, f.text));
  return (
    <Section
      id="facts"
      title={t('factsHeading')}
      count={null}
      collapsed={collapsed}
      onToggle={onToggle}
      t={t}
    >
      {facts.length ? (
        <dl class="kl-facts">
          {facts.map((f) => (
            <div class="kl-fact" key={f.key} data-fact={f.key}>
              <dt>{f.label}</dt>
              <dd lang={f.fromPaper ? 'nl' : undefined}>{f.value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p class="kl-empty">{filtering && all.length ? t('filterNoMatch') : t('factsNone')}</p>
      )}
    </Section>
  );
}
