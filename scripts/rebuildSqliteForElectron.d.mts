export function rebuildSqliteForElectron(root: string): void;
export function ensureElectronSqlite(root: string, log?: (message: string) => void): string | null;
