export interface Finding {
  check: string;
  file: string;
  line: number;
}
export interface Explanation {
  check: string;
  file: string;
  why: string;
}
export const SCANNED: string[];
export const SKIPPED_CHECKS: string[];
export function findingsFromSarif(sarifText: string): Finding[];
export function explanationsFromReadme(readme: string): Explanation[];
export function compareWithReadme(findings: Finding[], explanations: Explanation[]): { unexplained: Finding[]; stale: Explanation[] };
export function scanWithElectronegativity(root: string): Promise<Finding[]>;
export function electronegativityProblems(root: string): Promise<string[]>;
