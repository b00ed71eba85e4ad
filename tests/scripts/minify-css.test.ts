import { describe, expect, it } from 'vitest';
import { minifyCss, minifyCssTemplates } from '../../scripts/lib/minify-css.mjs';

describe('the UI stylesheets, minified at build', () => {
  it.each([
    [
      'indentation and line breaks',
      '.kl-list {\n  list-style: none;\n  margin: 0;\n}',
      '.kl-list{list-style:none;margin:0}',
    ],
    ['comments', '/* why */\n.a { color: red; }', '.a{color:red}'],
    ['child combinators and lists', '.kl-list > li,\n.kl-group {\n  x: y;\n}', '.kl-list>li,.kl-group{x:y}'],
    [
      'descendant selectors keep their space',
      '.kl-sidebar .kl-entry:hover { a: b; }',
      '.kl-sidebar .kl-entry:hover{a:b}',
    ],
    ['a space before a pseudo-class is kept', '.a :focus-visible { a: b; }', '.a :focus-visible{a:b}'],
    ['calc keeps its spaces', '.a { width: calc(100% - 2px); }', '.a{width:calc(100% - 2px)}'],
    [
      'media queries',
      '@media (prefers-color-scheme: dark) {\n  .a { b: c; }\n}',
      '@media (prefers-color-scheme:dark){.a{b:c}}',
    ],
    ['strings keep single spaces', ".a::before { content: 'a  b'; }", ".a::before{content:'a b'}"],
    ["a block's last declaration drops its semicolon", '.a { b: c; d: e; }', '.a{b:c;d:e}'],
    ['!important needs no space', ':host { display: none !important; }', ':host{display:none!important}'],
  ])('%s', (_what, css, expected) => {
    expect(minifyCss(css)).toBe(expected);
  });

  it('minifies the text of template strings and leaves their ${…} parts alone', () => {
    const code = 'export const CSS = `\n.kl-sidebar {${LIGHT_PALETTE}\n  color: var(--kl-text);\n}\n`;';
    expect(minifyCssTemplates(code)).toBe(
      'export const CSS = `.kl-sidebar{${LIGHT_PALETTE}color:var(--kl-text)}`;',
    );
  });
});
