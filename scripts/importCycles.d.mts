export const CHECKED_DIRS: string[];
export function findImportCycles(root: string, dirs?: string[]): string[][];
