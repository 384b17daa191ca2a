export interface ElectronSqliteStamp {
  electron: string;
  betterSqlite3: string;
  platform: string;
  arch: string;
}

export const ELECTRON_SQLITE_BINDING: string;
export const ELECTRON_SQLITE_STAMP: string;
export function electronSqliteRebuildReason(state: {
  bindingExists: boolean;
  stamp: Partial<ElectronSqliteStamp> | null;
  wanted: ElectronSqliteStamp;
}): string | null;
export function wantedElectronSqlite(root: string, electronVersion?: string): ElectronSqliteStamp;
export function readElectronSqliteStamp(root: string): Partial<ElectronSqliteStamp> | null;
export function writeElectronSqliteStamp(root: string, stamp: ElectronSqliteStamp): void;
export function electronSqliteState(root: string, electronVersion?: string): string | null;
