export function isMainModule(moduleUrl: string): boolean;
