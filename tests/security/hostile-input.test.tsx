// @vitest-environment happy-dom
/**
 * Hostile input stays inert: markup, event-handler attributes, `javascript:` URLs and megabyte
 * strings, whether they come from the page text, an API answer or an imported glossary, reach
 * the reader's UI as text only: no element, attribute or link is made from them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { findAcronyms } from '../../src/core/acronyms';
import { parseUserGlossaryCsv, parseUserGlossaryJson } from '../../src/core/acronyms/user-glossary';
import { normalizeText } from '../../src/core/text/normalize';
import { parseSruAnswer } from '../../src/api/koop-sru';
import { parseTkAnswer } from '../../src/api/tk-odata';
import type { AnalysisResult } from '../../src/core/types';
import { GOVERNMENT_HOSTS, mountPopover, type PopoverData } from '../../src/ui/popover';
import { mountSidebar } from '../../src/ui/sidebar';

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<a href="javascript:alert(1)">klik</a>',
  '" onmouseover="alert(1)" x="',
  'javascript:alert(1)',
  '<svg onload=alert(1)>',
  '<iframe srcdoc="<script>alert(1)</script>">',
  '&lt;b&gt;entity&lt;/b&gt;',
];
const MEGABYTE = `${'<b onclick=alert(1)>'.repeat(50_000)}`;

const HEAD = `28 676 NAVO

Nr. 409 BRIEF VAN DE MINISTER VAN DEFENSIE

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 30 september 2022

`;

/** Everything in a rendered root that would make page text active: elements, handlers, links. */
function activeParts(root: ShadowRoot): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName;
    if (['img', 'script', 'iframe', 'object', 'embed', 'svg', 'b', 'form', 'link', 'meta'].includes(tag))
      out.push(`<${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) out.push(`${tag}[${attr.name}]`);
      if (/^(href|src|action|formaction|xlink:href)$/i.test(attr.name)) {
        let host = '';
        let protocol = '';
        try {
          ({ hostname: host, protocol } = new URL(attr.value));
        } catch {
          // A relative or broken address counts as foreign.
        }
        if (protocol !== 'https:' || !GOVERNMENT_HOSTS.has(host))
          out.push(`${tag}[${attr.name}=${attr.value.slice(0, 60)}]`);
      }
    }
  }
  return out;
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
  document.body.replaceChildren();
});

function renderSidebar(result: AnalysisResult): ShadowRoot {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const handle = mountSidebar(shadow, {
    result,
    language: 'nl',
    open: true,
    onNavigate: vi.fn(),
    onClose: vi.fn(),
  });
  cleanups.push(() => handle.unmount());
  return shadow;
}

function renderPopover(data: PopoverData): ShadowRoot {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const handle = mountPopover(shadow, {
    language: 'nl',
    actions: {
      close: vi.fn(),
      previousOccurrence: vi.fn(),
      nextOccurrence: vi.fn(),
      showDefinition: vi.fn(),
      copy: vi.fn(async () => true),
    },
  });
  handle.show(data, { anchor: [{ top: 10, left: 10, bottom: 28, right: 60 }], focus: false });
  cleanups.push(() => handle.unmount());
  return shadow;
}

const acronymPopover = (abbr: string, expansion: string | null, explanation?: string): PopoverData => ({
  kind: 'acronym',
  abbr,
  expansion,
  explanation,
  source: 'document',
  alternatives: expansion ? [{ expansion, source: 'user' }] : [],
  hasDefinition: true,
  occurrence: 1,
  occurrences: 2,
});

describe('hostile page text', () => {
  // A paper whose text holds markup: as in-text definitions (long forms whose words fit the
  // abbreviation, so the definition finder takes them), and loose in sentences and citations.
  const DEFINITIONS: [string, string][] = [
    ['ABC', '<b>Algemeen</b> <i>Bestuurlijk</i> <u>College</u>'],
    ['ABD', '<b onclick=alert(1)>Algemeen</b> <i>Bestuurlijk</i> <u>Dienstverband</u>'],
    ['ABE', '<a href=javascript:alert(1)>Algemeen</a> <i>Bestuurlijk</i> <u>Expertisecentrum</u>'],
  ];
  const text =
    HEAD +
    DEFINITIONS.map(([abbr, long]) => `Volgens het ${long} (${abbr}) is dat zo. Het ${abbr} zegt het.`).join(
      '\n\n',
    ) +
    '\n\n' +
    PAYLOADS.map(
      (p) =>
        `1. ${p}\n\nDe ${p} besluit op 12 oktober 2022 (Kamerstuk ${p}, nr. 1; Kamerstuk 29 521, nr. 446).`,
    ).join('\n\n');

  it('is analysed as the characters it is: its own expansions and titles are slices of the text, never decoded', () => {
    const result = analyze({ text });
    expect(result.isParliamentary).toBe(true);
    // The markup was taken as a definition: it comes through character for character.
    expect(result.acronyms.find((a) => a.abbr === 'ABC')?.expansion).toBe(DEFINITIONS[0]?.[1]);
    const visible = [
      ...result.acronyms.filter((a) => a.source === 'document').map((a) => a.expansion),
      ...result.citations.map((c) => c.text),
      ...result.dates.map((d) => d.text),
    ].filter((s): s is string => typeof s === 'string');
    expect(visible.length).toBeGreaterThan(5);
    const squash = (s: string) => s.replace(/\s+/g, ' ');
    for (const s of visible) expect(squash(text)).toContain(squash(s));
    // Citation links are built from digits only: never from the markup around them.
    for (const c of result.citations)
      if (c.url) expect(c.url).toMatch(/^https:\/\/zoek\.officielebekendmakingen\.nl\/[\w-]+\.html$/);
  });

  it('renders in the sidebar as inert text', () => {
    const result = analyze({ text });
    const shadow = renderSidebar(result);
    expect(activeParts(shadow)).toEqual([]);
    expect(shadow.textContent).toContain('<b>Algemeen</b> <i>Bestuurlijk</i> <u>College</u>');
  });

  it('renders in a popover as inert text, a megabyte expansion too', () => {
    for (const p of [...PAYLOADS, MEGABYTE]) {
      const shadow = renderPopover(acronymPopover('ABC', p, p));
      expect(activeParts(shadow)).toEqual([]);
      expect(shadow.textContent).toContain(p.slice(0, 200));
    }
  });

  it('a megabyte of markup in the page text is analysed without throwing and stays inside the text', () => {
    const big = `${HEAD}${MEGABYTE} (ABC) en ABC.`;
    const result = analyze({ text: big });
    for (const a of result.acronyms)
      for (const o of a.occurrences) expect(o.end).toBeLessThanOrEqual(big.length);
    expect(activeParts(renderSidebar(result))).toEqual([]);
  });
});

// Node's URL: in this DOM environment the global one is happy-dom's.
const FIXTURES = fileURLToPath(new NodeURL('../fixtures/reference/', import.meta.url));

describe('hostile API answers', () => {
  // A real Tweede Kamer OData answer with hostile titles put in.
  const realTk = JSON.parse(
    readFileSync(`${FIXTURES}tk-api/motiematcher_odata_Document_page10_valuearray.json`, 'utf8'),
  ) as Record<string, unknown>[];

  it.each([...PAYLOADS, MEGABYTE])(
    'Tweede Kamer title %#: parsed as the literal string and rendered inert',
    (payload) => {
      const body = JSON.stringify([{ ...realTk[0], Onderwerp: payload, Soort: payload, Titel: payload }]);
      const answer = parseTkAnswer(body);
      if ('state' in answer) throw new Error(`no title: ${answer.message}`);
      expect(answer.title).toBe(payload.trim());
      const shadow = renderPopover({
        kind: 'citation',
        text: payload,
        papers: [
          {
            type: 'kamerstuk',
            chamber: 'II',
            dossier: '28676',
            number: '409',
            year: null,
            url: payload,
            self: false,
            date: null,
            details: {
              state: 'found',
              title: answer.title,
              kind: answer.kind,
              kindEn: null,
              date: answer.date,
              dossierTitle: answer.dossierTitle,
            },
          },
        ],
      });
      expect(activeParts(shadow)).toEqual([]);
    },
  );

  it.each(PAYLOADS)('KOOP SRU title %#: XML-escaped markup comes out as literal text', (payload) => {
    const escaped = payload
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
    const body = `<?xml version="1.0"?><searchRetrieveResponse><numberOfRecords>1</numberOfRecords><records><record><recordData><gzd><originalData><overheidwetgeving:meta><dcterms:title>${escaped}</dcterms:title></overheidwetgeving:meta></originalData></gzd></recordData></record></records></searchRetrieveResponse>`;
    const answer = parseSruAnswer(body);
    if ('state' in answer) throw new Error(`no title: ${answer.message}`);
    expect(answer.title).toBe(payload.trim());
  });

  it('a megabyte SRU answer of markup is refused or parsed, never thrown', () => {
    expect(() => parseSruAnswer(`<searchRetrieveResponse>${MEGABYTE.repeat(3)}`)).not.toThrow();
    expect(() => parseTkAnswer(`[${'{"Onderwerp":"<b>",'.repeat(60_000)}`)).not.toThrow();
  });
});

describe('hostile glossary imports', () => {
  const entries = PAYLOADS.map((p, i) => ({
    abbr: `XY${String.fromCharCode(65 + i)}`,
    expansion: p,
    explanation: p,
  }));

  it('JSON: markup is kept as literal text, and __proto__ entries pollute nothing', () => {
    const json = JSON.stringify({
      format: 'kamerlens-glossary',
      version: 1,
      entries: [
        ...entries,
        JSON.parse('{"__proto__": {"polluted": "yes"}, "abbr": "__proto__", "expansion": "x"}'),
      ],
    });
    const parsed = parseUserGlossaryJson(json);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const e of entries)
      expect(parsed.entries).toContainEqual(
        expect.objectContaining({ abbr: e.abbr, expansion: e.expansion }),
      );
    // Through the finder to a popover: still text.
    const text = normalizeText(`${entries.map((e) => e.abbr).join(' en ')} vergaderen.`);
    const found = findAcronyms(text, { userGlossary: parsed.entries });
    expect(found.map((f) => f.expansion)).toEqual(entries.map((e) => e.expansion));
    for (const f of found)
      expect(activeParts(renderPopover(acronymPopover(f.abbr, f.expansion, f.explanation)))).toEqual([]);
  });

  it('CSV: markup and formula-looking cells are kept as literal text', () => {
    const csv = [
      'abbr;expansion;explanation',
      ...entries.map(
        (e) => `${e.abbr};"${e.expansion.replace(/"/g, '""')}";=HYPERLINK("javascript:alert(1)")`,
      ),
    ].join('\n');
    const parsed = parseUserGlossaryCsv(csv);
    for (const e of entries)
      expect(parsed.entries).toContainEqual(
        expect.objectContaining({ abbr: e.abbr, expansion: e.expansion }),
      );
  });

  it('a megabyte import is parsed or refused with an error, never thrown', () => {
    const huge = JSON.stringify([
      { abbr: 'MB', expansion: MEGABYTE },
      ...Array.from({ length: 20_000 }, (_, i) => ({
        abbr: `A${i}`,
        expansion: '<img src=x onerror=alert(1)>',
      })),
    ]);
    expect(() => parseUserGlossaryJson(huge)).not.toThrow();
    expect(() => parseUserGlossaryCsv(`abbr,expansion\n${'MB,<b>\n'.repeat(200_000)}`)).not.toThrow();
  });
});
