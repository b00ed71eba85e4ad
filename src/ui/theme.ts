/**
 * The colours every Kamerlens surface in a page shares (sidebar, popover), as CSS custom
 * properties for a rule body. Each surface adds its own on top (badges, inputs, commitments).
 * Dark values follow `prefers-color-scheme`; the page's own colours never leak in (`all: initial`).
 */
export const LIGHT_PALETTE = `
  --kl-bg: #ffffff;
  --kl-fg: #1b1b1b;
  --kl-muted: #575757;
  --kl-border: #cfd3d8;
  --kl-accent: #154273;
  --kl-link: #0b4f9c;
  --kl-hover: #e9eff7;
  --kl-focus: #0b57d0;`;

export const DARK_PALETTE = `
    --kl-bg: #1d1f23;
    --kl-fg: #e9eaec;
    --kl-muted: #b3b7bd;
    --kl-border: #3d4148;
    --kl-accent: #9cc3f5;
    --kl-link: #9cc3f5;
    --kl-hover: #2b3038;
    --kl-focus: #8ab4f8;`;
