import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

/** Larger inputs are refused with a message rather than analysed for minutes. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export type InputResult = { ok: true; content: string; isHtml: boolean } | { ok: false; message: string };

/**
 * Reads FILE or standard input (`-`) as UTF-8 text, or UTF-16 (with a byte-order mark or without). Every
 * failure becomes one readable line.
 */
export async function readInput(
  file: string,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<InputResult> {
  let bytes: Buffer | null;
  try {
    if (file !== '-') {
      const info = await stat(file);
      if (info.isDirectory()) return { ok: false, message: `${file} is a directory, not a file` };
      // A regular file too large is refused before it is read at all.
      if (info.size > MAX_INPUT_BYTES) return { ok: false, message: `${file} is larger than 50 MB` };
    }
    // Pipes and devices (`<(…)`, /dev/zero) report a size of 0 and may never end: every input is
    // read with the bound, so none of them grows past it.
    bytes = await readAtMost(file === '-' ? stdin : createReadStream(file), MAX_INPUT_BYTES);
  } catch (error) {
    return { ok: false, message: describeFsError(file, error) };
  }
  if (!bytes) return { ok: false, message: `${name(file)} is larger than 50 MB` };
  const decoded = decodeText(bytes, name(file));
  if (!decoded.ok) return decoded;
  const content = decoded.text;
  const isHtml = /\.x?html?$/i.test(file) || looksLikeHtml(content);
  return { ok: true, content, isHtml };
}

/**
 * The bytes as text: UTF-16 (little or big endian) when they open with its byte-order mark or read as it
 * (`unmarkedUtf16`), else UTF-8. A byte-order mark stays (`ignoreBOM`) as U+FEFF at offset 0: offsets are into the text
 * as given, as Node and Python read it, and the same in all three encodings. The core drops it from its working text
 * and maps every finding back. NUL is never in a text: binary data.
 */
function decodeText(
  bytes: Buffer,
  what: string,
): { ok: true; text: string } | { ok: false; message: string } {
  const binary = { ok: false, message: `${what} is not a text file (it contains binary data)` } as const;
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'be'
        : unmarkedUtf16(bytes);
  // In UTF-8 a zero byte is NUL itself: binary, told before its other bytes are judged.
  if (!utf16 && bytes.includes(0)) return binary;
  const encoding = utf16 ? `utf-16${utf16}` : 'utf-8';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    if (utf16) return { ok: false, message: `${what} is not UTF-16 text` };
    // Most often a letter saved in Windows-1252 (Latin-1): say how to convert it, rather than guess.
    return {
      ok: false,
      message: `${what} is not UTF-8 text; convert it first, e.g. iconv -f windows-1252 -t utf-8 FILE > letter.txt`,
    };
  }
  return text.includes('\0') ? binary : { ok: true, text };
}

/**
 * UTF-16 without a byte-order mark (some Windows tools write it so): text in Latin script has a zero in
 * every other byte, the high byte of each unit, and almost never a zero low byte. Judged on the first
 * 4 KB; UTF-8 text has no zero byte at all, so it is never taken for UTF-16.
 */
function unmarkedUtf16(bytes: Buffer): 'le' | 'be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const units = Math.min(bytes.length, 4096) >> 1;
  let lowZeros = 0;
  let highZeros = 0;
  for (let u = 0; u < units; u++) {
    if (bytes[2 * u] === 0) lowZeros++;
    if (bytes[2 * u + 1] === 0) highZeros++;
  }
  // A unit of two zeros is NUL: binary, as in UTF-8.
  const mostly = units / 2;
  const rarely = Math.max(1, units / 100);
  if (highZeros >= mostly && lowZeros <= rarely) return 'le';
  if (lowZeros >= mostly && highZeros <= rarely) return 'be';
  return null;
}

/** How far into a text its doctype or html tag is looked for. */
const SNIFF_CHARS = 64 * 1024;

/**
 * A saved page, whatever its name (standard input, a file without `.html`): its first markup,
 * after a byte-order mark, white space, an XML declaration (KOOP's XHTML) and comments (the Twig
 * debug comments before tweedekamer.nl's doctype), is a doctype or an html tag. Every step of the
 * pattern matches in one way only, so a text that is no page fails it in linear time.
 */
export function looksLikeHtml(text: string): boolean {
  return /^\uFEFF?(?:\s|<\?xml\b[^>]*>|<!--(?:[^-]|-(?!->))*-->)*(?:<!doctype\s+html\b|<html[\s>])/i.test(
    text.slice(0, SNIFF_CHARS),
  );
}

/** The stream's bytes, or null as soon as there are more than `limit` (the stream is then closed). */
async function readAtMost(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += b.length;
    // Leaving the loop destroys the stream: a file's descriptor is closed, a writer gets EPIPE.
    if (size > limit) return null;
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

function name(file: string): string {
  return file === '-' ? 'standard input' : file;
}

function describeFsError(file: string, error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOENT') return `${file}: no such file`;
  if (code === 'EACCES' || code === 'EPERM') return `${file}: permission denied`;
  if (code === 'EISDIR') return `${file} is a directory, not a file`;
  return `${name(file)}: cannot be read (${code ?? (error instanceof Error ? error.message : 'unknown error')})`;
}
