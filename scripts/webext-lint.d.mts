export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
export interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}
export function defaultFirefoxBuild(): string;
export function lintFirefoxBuild(dir: string): LintReport;
