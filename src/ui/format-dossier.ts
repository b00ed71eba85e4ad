// Shared by the sidebar and the popover: every dossier number Kamerlens shows is printed the same way.

/**
 * A dossier number as the papers print it: thousands apart (`29521` → `29 521`,
 * `36200-X` → `36 200-X`); anything else unchanged.
 */
export function formatDossier(dossier: string): string {
  const m = /^(\d{4,6})(-.*)?$/.exec(dossier);
  if (!m) return dossier;
  const digits = m[1] as string;
  return `${digits.slice(0, -3)} ${digits.slice(-3)}${m[2] ?? ''}`;
}
