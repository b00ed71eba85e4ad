/**
 * Who speaks where in the report of a debate (a verslag of a commissiedebat or wetgevingsoverleg): each turn
 * opens with its speaker's label on a line of its own, `De voorzitter:`, `De heer Van Nispen (SP):`, `Mevrouw
 * Wingelaar (NSC):`, `Minister Koolmees:`, `Staatssecretaris Mansveld:` (2075, 2302). Not a line of the heading
 * such as `Minister van Volksgezondheid, Welzijn en Sport, over:` (a comma): that names who the meeting was with.
 */
const SPEAKER_LABEL =
  /^(?:de voorzitter|(?:de heer|mevrouw) [^,:\n]{1,60}|(minister(?:-president)?|staatssecretaris)(?: [^,:\n]{1,60})?)$/i;

/** Longest line taken for a label: longer lines are prose ending in a colon. */
const MAX_LABEL = 80;

interface Label {
  /** Offset of the label's colon. */
  at: number;
  /** Said by a minister or state secretary. */
  government: boolean;
}

/** The speaker labels of one text, found on first need and then kept. */
export class SpeakerLabels {
  private labels: Label[] | null = null;

  constructor(private readonly text: string) {}

  /**
   * Whether the text at `at` is said by someone other than the government: the chair or a member, by the last
   * speaker's label before it. False where no label comes before (a letter, the opening of a verslag).
   */
  notGovernmentAt(at: number): boolean {
    const labels = (this.labels ??= findLabels(this.text));
    // The last label before `at` (binary search: labels are in text order).
    let lo = 0;
    let hi = labels.length - 1;
    let last: Label | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const l = labels[mid] as Label;
      if (l.at < at) {
        last = l;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last !== null && !last.government;
  }
}

/** Every line that is a speaker's label: a colon at the end of a short line (found with `indexOf`, not a regex pass). */
function findLabels(text: string): Label[] {
  const out: Label[] = [];
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let e = colon + 1;
    while (e < text.length && (text.charCodeAt(e) === 0x20 || text.charCodeAt(e) === 0x09)) e++;
    if (e < text.length && text.charCodeAt(e) !== 0x0a) continue;
    const lineStart = text.lastIndexOf('\n', colon - 1) + 1;
    if (colon - lineStart > MAX_LABEL) continue;
    const m = SPEAKER_LABEL.exec(text.slice(lineStart, colon).trim());
    if (m) out.push({ at: colon, government: m[1] !== undefined });
  }
  return out;
}
