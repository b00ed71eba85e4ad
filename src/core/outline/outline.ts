import type { OutlineEntry, PageContext } from '../types';
import type { NormalizedText } from '../text/normalize';
import type { Detection } from '../detect/detect';

/** The outline for sidebar navigation, `start` in ORIGINAL offsets. (Placeholder until the outline work lands.) */
export function buildOutline(
  _text: NormalizedText,
  _detection: Detection,
  _page?: PageContext,
): OutlineEntry[] {
  return [];
}
