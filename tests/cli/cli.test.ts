import { execFile, execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SRU_EMPTY } from '../api/fixtures';
import { closedPortUrl, startServer, type LocalServer } from '../api/local-server';
import { navoOdataAnswer } from './stub-answers';

const run = promisify(execFile);
const BIN = resolve('bin/kamerlens.mjs');
const LETTER = resolve('tests/fixtures/navo-defensieministers-2022-09-30.txt');

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}
async function kamerlens(
  args: string[],
  input?: string,
  env: Record<string, string> = {},
  timeoutMs = 0,
): Promise<Outcome> {
  const child = run('node', [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    // A run that hangs is killed (exit code null) rather than holding the suite.
    timeout: timeoutMs,
  });
  if (input !== undefined) {
    // A command that refuses its input closes standard input before all of it is written.
    child.child.stdin?.on('error', () => {});
    child.child.stdin?.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  // The command line runs from dist/: compile the current sources first.
  await run('node', ['scripts/build-cli.mjs']);
});

describe('kamerlens analyze', () => {
  it('reports the fixture letter as the contract says', async () => {
    const { code, stdout } = await kamerlens(['analyze', '--json', LETTER]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.schema).toBe(1);
    expect(result.isParliamentary).toBe(true);
    expect(result.document).toMatchObject({
      kind: 'brief regering',
      letterDate: '2022-09-30',
      sender: 'De Minister van Defensie',
    });
    const headings = result.outline
      .filter((o: { kind: string }) => o.kind === 'heading')
      .map((o: { title: string }) => o.title);
    expect(headings).toEqual(['Oekraïne', 'Afschrikking en verdediging', 'Missies en operaties']);
    for (const field of ['acronyms', 'citations', 'dates', 'timeline', 'commitments', 'outline']) {
      expect(Array.isArray(result[field])).toBe(true);
    }
  });

  it('reads standard input with -', async () => {
    const { code, stdout } = await kamerlens(['analyze', '--json', '-'], readFileSync(LETTER, 'utf8'));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).document.letterDate).toBe('2022-09-30');
  });

  it('prints a readable summary without --json', async () => {
    const { code, stdout } = await kamerlens(['analyze', LETTER]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/kind:\s+brief regering/);
    expect(stdout).toContain('Afschrikking en verdediging');
  });

  it('prints a paper cited twice in the same words once in the summary, with its count', async () => {
    // The NAVO letter cites `Kamerstuk 29 521, nr. 446` in its text and again in a footnote.
    const { code, stdout } = await kamerlens(['analyze', LETTER]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Citations (2)\n  Kamerstuk 29 521, nr. 446  https://zoek.officielebekendmakingen.nl/kst-29521-446.html  ×2\n\n',
    );
  });

  it('prints the dossier in the summary as the paper prints it, not as the JSON id', async () => {
    // 1393's head: `35 925 XVI Vaststelling van de begrotingsstaten …` / `Nr. 163`; the JSON's id is `35925-XVI`.
    const file = resolve('tests/fixtures/letters/letters/1393-verslag-vws-2021-wgo-sport.txt');
    const { code, stdout } = await kamerlens(['analyze', file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/dossier:\s+35 925 XVI, nr\. 163\n/);
  });

  it('prints who asked the written questions in the summary of an answer, and in its JSON', async () => {
    // 1612: `Vragen van de leden Pechtold, Hachchi (beiden D66), Van Haersma Buma en Van Toorenburg (beiden CDA) aan de
    // Minister-President en de Minister van Binnenlandse Zaken en Koninkrijksrelaties …`.
    const file = resolve('tests/fixtures/letters/letters/1612-antwoord-bzk-2014-aruba-hongerstaking.txt');
    const summary = await kamerlens(['analyze', file]);
    expect(summary.code).toBe(0);
    expect(summary.stdout).toMatch(
      /\n {2}asked by: +Pechtold \(D66\), Hachchi \(D66\), Van Haersma Buma \(CDA\), Van Toorenburg \(CDA\)\n {2}sender: +Minister Plasterk/,
    );
    const json = await kamerlens(['analyze', '--json', file]);
    expect(JSON.parse(json.stdout).document.askers).toEqual([
      'Pechtold (D66)',
      'Hachchi (D66)',
      'Van Haersma Buma (CDA)',
      'Van Toorenburg (CDA)',
    ]);
  });

  it('prints no asker line for a letter', async () => {
    const { stdout } = await kamerlens(['analyze', LETTER]);
    expect(stdout).not.toContain('asked by:');
  });

  it('exits 0 with isParliamentary false for a text that is not a paper', async () => {
    const { code, stdout } = await kamerlens(
      ['analyze', '--json', '-'],
      'De Tweede Kamer debatteert donderdag over de begroting. Lees het nieuwsbericht.\n',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).isParliamentary).toBe(false);
  });

  it('reads a saved officielebekendmakingen page through the site container rules', async () => {
    const { code, stdout } = await kamerlens([
      'analyze',
      '--json',
      '--url',
      'https://zoek.officielebekendmakingen.nl/kst-28676-409.html',
      'tests/fixtures/pages/obk-kst-navo.html',
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.isParliamentary).toBe(true);
    expect(result.document.letterDate).toBe('2022-09-30');
    expect(result.outline.map((o: { title: string }) => o.title)).toContain('Missies en operaties');
  });

  // The corpus's negatives: a page of a paper site that holds no paper is a result, not an error.
  it.each([
    ['a tweedekamer.nl news page (the site known, its paper container absent)', 'tk-nieuws.html'],
    ['a Staatscourant page', 'stcrt-2013-10981.html'],
    ['a Handelingen page', 'h-tk-handelingen.html'],
  ])('exits 0 with isParliamentary false for %s', async (_name, file) => {
    const { code, stdout, stderr } = await kamerlens(['analyze', '--json', `tests/fixtures/pages/${file}`]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ isParliamentary: false, document: { kind: null } });
  });

  it('reports a paper page whose text container is missing as no paper, as the extension does', async () => {
    // The tweedekamer.nl letter with its document modal renamed: the address still promises a paper.
    const page = readFileSync('tests/fixtures/pages/tk-brief-navo.html', 'utf8').replaceAll(
      'document-html-modal',
      'some-other-modal',
    );
    const file = join(mkdtempSync(join(tmpdir(), 'kamerlens-cli-')), 'no-container.html');
    writeFileSync(file, page);
    const { code, stdout, stderr } = await kamerlens([
      'analyze',
      '--json',
      '--url',
      'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2022Z18970&did=2022D39633',
      file,
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).isParliamentary).toBe(false);
  });

  const pages = mkdtempSync(join(tmpdir(), 'kamerlens-cli-pages-'));
  it.each([
    ['an empty file', ''],
    ['whitespace only', '  \n\t\n'],
    ['text without markup', 'just text'],
    ['a comment only', '<!-- c -->'],
    ['a doctype only', '<!DOCTYPE html>\n'],
  ])('exits 0 with isParliamentary false for a .html file with no element: %s', async (name, content) => {
    const file = join(pages, `${name.replace(/\W+/g, '-')}.html`);
    writeFileSync(file, content);
    const { code, stdout, stderr } = await kamerlens(['analyze', '--json', file]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).isParliamentary).toBe(false);
  });

  it('reads a fragment of a page (no html or body element) as a browser would: its text in the body', async () => {
    // The letter as paragraphs without the page around them, as a copied part of a page is saved.
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const lines = readFileSync(LETTER, 'utf8').split('\n');
    const file = join(pages, 'fragment.html');
    writeFileSync(file, lines.map((line) => `<p>${escape(line)}</p>`).join('\n'));
    const { code, stdout, stderr } = await kamerlens(['analyze', '--json', file]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      isParliamentary: true,
      document: { letterDate: '2022-09-30' },
    });
  });

  describe('recognises a saved page by its content, not only by a .html name', () => {
    const PAGES = 'tests/fixtures/pages';
    const copies = mkdtempSync(join(tmpdir(), 'kamerlens-cli-sniff-'));
    // KOOP's XHTML pages open with an XML declaration; the page as a .html file is the reference.
    const xhtml = join(copies, 'obk-kst-navo-xml.html');
    writeFileSync(
      xhtml,
      `<?xml version="1.0" encoding="utf-8"?>\n${readFileSync(`${PAGES}/obk-kst-navo.html`, 'utf8')}`,
    );
    const noName = join(copies, 'tk-brief-navo');
    writeFileSync(noName, readFileSync(`${PAGES}/tk-brief-navo.html`));

    it.each([
      [
        'tweedekamer.nl (Twig debug comments before the doctype) on standard input',
        `${PAGES}/tk-brief-navo.html`,
        '-',
      ],
      ['tweedekamer.nl in a file without the .html name', `${PAGES}/tk-brief-navo.html`, noName],
      ['KOOP XHTML (an XML declaration first) on standard input', xhtml, '-'],
    ])(
      '%s',
      async (_name, page, given) => {
        const asPage = await kamerlens(['analyze', '--json', page]);
        const { code, stdout, stderr } = await kamerlens(
          ['analyze', '--json', given],
          given === '-' ? readFileSync(page, 'utf8') : undefined,
        );
        expect(stderr).toBe('');
        expect(code).toBe(0);
        expect(JSON.parse(stdout)).toMatchObject({
          isParliamentary: true,
          document: { letterDate: '2022-09-30' },
        });
        expect(stdout).toBe(asPage.stdout);
      },
      20_000,
    );
  });

  it('exits quietly when the reader of its output closes the pipe early (`| head -1`)', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn('node', [BIN, 'analyze', '--json', LETTER], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Close our end before it writes, as `head -1` does after its first line.
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  const dir = mkdtempSync(join(tmpdir(), 'kamerlens-cli-'));
  const binary = join(dir, 'letter.txt');
  writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
  const latin1 = join(dir, 'latin1.txt');
  writeFileSync(latin1, Buffer.from([0x4f, 0x65, 0x6b, 0x72, 0x61, 0xef, 0x6e, 0x65]));

  it.each([
    ['a missing file', ['analyze', join(dir, 'missing.txt')], /no such file/],
    ['a directory', ['analyze', dir], /is a directory/],
    ['a binary file', ['analyze', binary], /not a text file/],
    [
      'a file that is not UTF-8',
      ['analyze', latin1],
      /not UTF-8 text; convert it first, e\.g\. iconv -f windows-1252/,
    ],
    ['a bad option', ['analyze', '--nope', LETTER], /unknown option/],
  ])('exits 2 with one line for %s', async (_name, args, message) => {
    const { code, stdout, stderr } = await kamerlens(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\bat .*\.m?js:\d+/);
  });
});

describe('kamerlens analyze --json --with-text', () => {
  it.each([
    ['a saved page: its extracted text, where every finding is', 'tests/fixtures/pages/tk-brief-navo.html'],
    ['a plain-text letter: the letter as given', LETTER],
  ])(
    'adds the text the offsets point into, for %s',
    async (_name, file) => {
      const { code, stdout } = await kamerlens(['analyze', '--json', '--with-text', file]);
      expect(code).toBe(0);
      const result = JSON.parse(stdout);
      expect(typeof result.text).toBe('string');
      if (file === LETTER) expect(result.text).toBe(readFileSync(LETTER, 'utf8'));
      else expect(result.text).not.toContain('<');
      expect(result.citations.length).toBeGreaterThan(0);
      for (const c of result.citations) expect(result.text.slice(c.start, c.end)).toBe(c.text);
      for (const a of result.acronyms)
        for (const o of a.occurrences) expect(result.text.slice(o.start, o.end)).toBe(a.abbr);
      for (const d of result.dates) expect(result.text.slice(d.start, d.end)).toBe(d.text);
      // Everything else is as without the text.
      const { text: _text, ...rest } = result;
      expect(rest).toEqual(JSON.parse((await kamerlens(['analyze', '--json', file])).stdout));
    },
    20_000,
  );
});

describe('kamerlens: help, version and the end of options', () => {
  it.each([['--version'], ['-v'], ['version']])('prints the package version for %s', async (arg) => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    const { code, stdout, stderr } = await kamerlens([arg]);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('prints a help naming the commands, every option and the exit codes with --help', async () => {
    const { code, stdout } = await kamerlens(['--help']);
    expect(code).toBe(0);
    for (const word of ['analyze', '--json', '--url', '--date', '--lookup', '--version', 'Exit codes']) {
      expect(stdout).toContain(word);
    }
  });

  it('analyses a file whose name starts with - after --', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kamerlens-cli-dash-'));
    writeFileSync(join(dir, '-x.txt'), readFileSync(LETTER));
    // Run where the file is: its name, not a path, starts with `-`. A non-zero exit rejects.
    const { stdout, stderr } = await run('node', [BIN, 'analyze', '--json', '--', '-x.txt'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(stderr).toBe('');
    expect(JSON.parse(stdout).document.letterDate).toBe('2022-09-30');
  });

  it('refuses a switch given a value (--json=false) with exit 2', async () => {
    const { code, stdout, stderr } = await kamerlens(['analyze', '--json=false', LETTER]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^kamerlens: --json takes no value, got "--json=false"/);
  });
});

describe('kamerlens analyze: a byte-order mark', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kamerlens-cli-bom-'));
  const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

  /** `value` with every `start` and `end` in it moved by `by` code units. */
  function shifted(value: unknown, by: number): unknown {
    if (Array.isArray(value)) return value.map((v) => shifted(v, by));
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        (k === 'start' || k === 'end') && typeof v === 'number' ? v + by : shifted(v, by),
      ]),
    );
  }

  it('counts it in the offsets: they are into the text as given, where it is U+FEFF', async () => {
    const file = join(dir, 'letter-bom.txt');
    writeFileSync(file, Buffer.concat([BOM, readFileSync(LETTER)]));
    const plain = JSON.parse((await kamerlens(['analyze', '--json', LETTER])).stdout);
    const { code, stdout, stderr } = await kamerlens(['analyze', '--json', file]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    // The same findings, each one code unit further on.
    expect(result).toEqual(shifted(plain, 1));
    const text = readFileSync(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    // Citations, dates and acronyms are reported as they stand in the text (a commitment's text is
    // its sentence without the footnote a page break put into it).
    expect(result.citations.length + result.dates.length).toBeGreaterThan(10);
    for (const f of [...result.citations, ...result.dates]) expect(text.slice(f.start, f.end)).toBe(f.text);
    for (const a of result.acronyms) {
      for (const o of a.occurrences) expect(text.slice(o.start, o.end)).toBe(a.abbr);
    }
    const fromStdin = await kamerlens(['analyze', '--json', '-'], text);
    expect(fromStdin.stdout).toBe(stdout);
  }, 20_000);

  it('leaves a page as it is: offsets are into its extracted text', async () => {
    const page = 'tests/fixtures/pages/obk-kst-navo.html';
    const file = join(dir, 'page-bom.html');
    writeFileSync(file, Buffer.concat([BOM, readFileSync(page)]));
    const plain = await kamerlens(['analyze', '--json', page]);
    const { code, stdout } = await kamerlens(['analyze', '--json', file]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).isParliamentary).toBe(true);
    expect(stdout).toBe(plain.stdout);
  }, 20_000);
});

describe('kamerlens analyze: UTF-16 with a byte-order mark', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kamerlens-cli-utf16-'));
  /** `text` as UTF-16 with its byte-order mark, little or big endian. */
  function utf16(text: string, order: 'le' | 'be'): Buffer {
    const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le');
    return order === 'le' ? bytes : bytes.swap16();
  }
  const letter = readFileSync(LETTER, 'utf8');
  const page = 'tests/fixtures/pages/tk-brief-navo.html';

  it.each(['le', 'be'] as const)(
    'reads a letter in UTF-16 %s: offsets into the decoded text, its mark at 0 as in UTF-8',
    async (order) => {
      const utf8 = join(dir, `letter-utf8-${order}.txt`);
      writeFileSync(utf8, `\uFEFF${letter}`);
      const file = join(dir, `letter-utf16${order}.txt`);
      writeFileSync(file, utf16(letter, order));
      const { code, stdout, stderr } = await kamerlens(['analyze', '--json', file]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toBe((await kamerlens(['analyze', '--json', utf8])).stdout);
      const result = JSON.parse(stdout);
      expect(result.document.letterDate).toBe('2022-09-30');
      const text = new TextDecoder(`utf-16${order}`, { ignoreBOM: true }).decode(readFileSync(file));
      for (const c of result.citations) expect(text.slice(c.start, c.end)).toBe(c.text);
    },
    20_000,
  );

  it.each(['le', 'be'] as const)(
    'reads a letter in UTF-16 %s without a byte-order mark',
    async (order) => {
      const file = join(dir, `letter-unmarked-utf16${order}.txt`);
      const bytes = Buffer.from(letter, 'utf16le');
      writeFileSync(file, order === 'le' ? bytes : bytes.swap16());
      const { code, stdout, stderr } = await kamerlens(['analyze', '--json', file]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toBe((await kamerlens(['analyze', '--json', LETTER])).stdout);
    },
    20_000,
  );

  it('reads a saved page in UTF-16 as the page', async () => {
    const file = join(dir, 'page-utf16le.html');
    writeFileSync(file, utf16(readFileSync(page, 'utf8'), 'le'));
    const { code, stdout } = await kamerlens(['analyze', '--json', file]);
    expect(code).toBe(0);
    expect(stdout).toBe((await kamerlens(['analyze', '--json', page])).stdout);
  }, 20_000);

  it.each([
    ['an odd number of bytes', Buffer.concat([utf16('Den Haag', 'le'), Buffer.from([0x41])])],
    ['a lone surrogate', Buffer.concat([utf16('Den Haag', 'le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])])],
    ['a NUL character', utf16('Den\u0000Haag', 'be')],
  ])('exits 2 with one line for UTF-16 with %s', async (name, bytes) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.txt`);
    writeFileSync(file, bytes);
    const { code, stdout, stderr } = await kamerlens(['analyze', '--json', file]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^kamerlens: .* is not (UTF-16 text|a text file \(it contains binary data\))\n$/);
  });
});

describe('kamerlens analyze: the 50 MB limit', () => {
  const MB = 1024 * 1024;
  const dir = mkdtempSync(join(tmpdir(), 'kamerlens-cli-big-'));

  /** Writes `bytes` bytes of letter lines into `path` (a FIFO) until done or the reader goes away. */
  function feed(path: string, bytes: number): void {
    const line = Buffer.from('Den Haag, 30 september 2022\n'.repeat(2000));
    const out = createWriteStream(path);
    out.on('error', () => {}); // EPIPE once the command line has refused and closed its end
    let sent = 0;
    const more = (): void => {
      while (sent < bytes && !out.destroyed) {
        sent += line.length;
        if (!out.write(line)) return void out.once('drain', more);
      }
      out.end();
    };
    more();
  }

  // Their size is 0 to stat(): only a bounded read can refuse them.
  it.skipIf(process.platform === 'win32').each([
    ['a character device that never ends', () => '/dev/zero', /\/dev\/zero is larger than 50 MB/],
    [
      'a named pipe given more than 50 MB',
      () => {
        const fifo = join(dir, 'pipe');
        execFileSync('mkfifo', [fifo]);
        feed(fifo, 51 * MB);
        return fifo;
      },
      /pipe is larger than 50 MB/,
    ],
  ])(
    'refuses %s after reading 50 MB, with exit 2',
    async (_name, path, message) => {
      const { code, stdout, stderr } = await kamerlens(['analyze', '--json', path()], undefined, {}, 30_000);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(message);
    },
    40_000,
  );

  it('refuses standard input of more than 50 MB, with exit 2', async () => {
    const big = 'Den Haag, 30 september 2022\n'.repeat(Math.ceil((51 * MB) / 28));
    const { code, stderr } = await kamerlens(['analyze', '-'], big, {}, 30_000);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^kamerlens: standard input is larger than 50 MB\n$/);
  }, 40_000);
});

describe('kamerlens analyze --lookup', () => {
  /** The Tweede Kamer API knows the paper the letter cites. */
  const navoAnswers = (req: IncomingMessage, res: ServerResponse): void => {
    const tk = (req.url ?? '').startsWith('/tk/');
    res.writeHead(200, { 'Content-Type': tk ? 'application/json' : 'application/xml' });
    res.end(tk ? navoOdataAnswer() : SRU_EMPTY);
  };
  let server: LocalServer;
  let env: Record<string, string>;
  beforeAll(async () => {
    server = await startServer();
    server.handle(navoAnswers);
    env = { KAMERLENS_TK_ODATA_URL: `${server.url}/tk`, KAMERLENS_SRU_URL: `${server.url}/sru` };
  });
  afterAll(() => server.close());

  it("adds the cited paper's title to its citations, asking the service once", async () => {
    const before = server.requests.length;
    const { code, stdout, stderr } = await kamerlens(
      ['analyze', '--json', '--lookup', LETTER],
      undefined,
      env,
    );
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const citations = JSON.parse(stdout).citations;
    expect(citations).toHaveLength(2);
    for (const c of citations) {
      expect(c).toMatchObject({
        id: 'kst-29521-446',
        url: 'https://zoek.officielebekendmakingen.nl/kst-29521-446.html',
        title: 'Nederlandse inzet in Irak en de regio',
        lookup: { state: 'found', kind: 'Brief regering', date: '2022-06-17', source: 'tk-odata' },
      });
    }
    const asked = server.requests.slice(before);
    expect(asked).toHaveLength(1);
    expect(decodeURIComponent(asked[0] ?? '')).toContain(
      '/tk/Document?$filter=Verwijderd eq false and Volgnummer eq 446 and Kamerstukdossier/any(d: d/Nummer eq 29521)',
    );
  });

  it('gives title null to the citations of a paper neither service knows', async () => {
    server.handle((req, res) => {
      const tk = (req.url ?? '').startsWith('/tk/');
      res.writeHead(200, { 'Content-Type': tk ? 'application/json' : 'application/xml' });
      res.end(tk ? '{"value":[]}' : SRU_EMPTY);
    });
    const { code, stdout, stderr } = await kamerlens(
      ['analyze', '--json', '--lookup', LETTER],
      undefined,
      env,
    );
    server.handle(navoAnswers);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    for (const c of JSON.parse(stdout).citations) {
      expect(c).toMatchObject({ title: null, lookup: { state: 'not-found' } });
    }
  });

  it('shows the title under the citation in the readable summary, once for a paper cited twice', async () => {
    const { code, stdout } = await kamerlens(['analyze', '--lookup', LETTER], undefined, env);
    expect(code).toBe(0);
    expect(stdout).toMatch(/kst-29521-446\.html {2}×2\n {6}Nederlandse inzet in Irak en de regio\n\n/);
  });

  it.each([['--lookup=no'], ['--lookup=false']])(
    'refuses %s with exit 2, asking no service',
    async (flag) => {
      const before = server.requests.length;
      const { code, stdout, stderr } = await kamerlens(['analyze', '--json', flag, LETTER], undefined, env);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^kamerlens: --lookup takes no value/);
      expect(server.requests.length).toBe(before);
    },
  );

  it('makes no request without --lookup', async () => {
    const before = server.requests.length;
    const { code, stdout } = await kamerlens(['analyze', '--json', LETTER], undefined, env);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).citations[0]).not.toHaveProperty('title');
    expect(server.requests.length).toBe(before);
  });

  it('offline: the citations unchanged, one note on stderr, exit 0', async () => {
    const closed = await closedPortUrl();
    const plain = await kamerlens(['analyze', '--json', LETTER]);
    const { code, stdout, stderr } = await kamerlens(['analyze', '--json', '--lookup', LETTER], undefined, {
      KAMERLENS_TK_ODATA_URL: closed,
      KAMERLENS_SRU_URL: closed,
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).citations).toEqual(JSON.parse(plain.stdout).citations);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^kamerlens: title lookups skipped: offline/);
  });

  it('exits 2 with one line for an unusable service URL', async () => {
    const { code, stdout, stderr } = await kamerlens(['analyze', '--json', '--lookup', LETTER], undefined, {
      KAMERLENS_TK_ODATA_URL: 'not a url',
    });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^kamerlens: KAMERLENS_TK_ODATA_URL must be an http\(s\) URL/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
