/**
 * Words of `before` (from its end) and `after` (from its start), taken alternately, `after` first
 * (Dutch puts the verb after a fronted date: `Op 12 en 13 oktober komen de Ministers … bijeen`), while
 * they fit in `max - 2` characters with a space each. Both are tidy (words between single spaces), so the
 * words taken are a tail of `before` and a head of `after`: found with `indexOf`/`lastIndexOf` of the
 * next space, without splitting the whole strings.
 * Returns the two parts taken, each with `…` where words were left out (before the left part, after the
 * right one); the callers join them.
 */
export function wordWindow(before: string, after: string, max: number): [left: string, right: string] {
  let beforeRest = before.length; // before.slice(0, beforeRest) is not taken yet
  let afterRest = 0; // after.slice(afterRest) is not taken yet
  let length = 0;
  for (;;) {
    let progressed = false;
    if (afterRest < after.length) {
      // The end of the next word of `after`: its next space, or its end.
      let end = after.indexOf(' ', afterRest);
      if (end < 0) end = after.length;
      if (length + (end - afterRest) + 1 <= max - 2) {
        length += end - afterRest + 1;
        afterRest = end + 1;
        progressed = true;
      }
    }
    if (beforeRest > 0) {
      // The start of the last word of before.slice(0, beforeRest): just after its last space, or 0.
      const start = before.lastIndexOf(' ', beforeRest - 1) + 1;
      if (length + (beforeRest - start) + 1 <= max - 2) {
        length += beforeRest - start + 1;
        beforeRest = start - 1;
        progressed = true;
      }
    }
    if (!progressed) break;
  }
  const left = before.slice(beforeRest + 1);
  const right = after.slice(0, Math.max(0, Math.min(after.length, afterRest - 1)));
  return [beforeRest > 0 ? `…${left}` : left, afterRest < after.length ? `${right}…` : right];
}
