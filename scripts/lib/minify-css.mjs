// Build step: the CSS the shadow-root UI injects lives in template strings in `src/ui/*/styles.ts`
// and `src/ui/theme.ts`,
// written readably. Their indentation and comments would ship in the content script, which has a
// size budget (issue 9: 40 KB gzip), so the build collapses them.

/** CSS with comments dropped and white space reduced to what the syntax needs. */
export function minifyCss(css) {
  return (
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      // No space is needed around these (a space before `:` would change a selector: kept).
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      // The last declaration of a block needs no `;`, `!important` no space before it.
      .replace(/;}/g, '}')
      .replace(/ !important/g, '!important')
      .trim()
  );
}

/** Every template string's text (not its `${…}` parts) in `code`, minified. */
export function minifyCssTemplates(code) {
  return code.replace(/`([^`]*)`/g, (_whole, body) => {
    const parts = body.split(/(\$\{[^}]*\})/);
    return `\`${parts.map((p, i) => (i % 2 === 1 ? p : minifyCss(p))).join('')}\``;
  });
}

/** Vite plugin: applies `minifyCssTemplates` to the UI's style modules. */
export function minifyCssStrings() {
  return {
    name: 'kamerlens-minify-css-strings',
    transform(code, id) {
      if (!/[\\/]src[\\/]ui[\\/](?:[\w-]+[\\/]styles|theme)\.ts$/.test(id)) return null;
      return { code: minifyCssTemplates(code), map: null };
    },
  };
}
